// How values, dates and vocabulary slugs read on the page.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ACRONYMS = new Set(['bri', 'odi', 'gdp', 'teu', 'usd', 'aiib', 'sez', 'rmb', 'un', 'eu', 'ai', 'it', 'cr']);

/** "under-construction" as "Under construction"; "bri-age" as "BRI age". */
export function humanize(slug) {
  if (!slug) {
    return '';
  }
  const words = String(slug).split('-').map(word => ACRONYMS.has(word) ? word.toUpperCase() : word);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A partial ISO date (2021, 2021-11, 2021-11-19) as people write it. */
export function partialDate(value) {
  if (!value) {
    return '';
  }
  const [year, month, day] = String(value).split('-');
  if (!month) {
    return year;
  }
  const name = MONTHS[Number(month) - 1] || month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** When a figure holds: its period, else its date, else that it is undated. */
export function figureTime(metric) {
  if (metric.period) {
    const from = partialDate(metric.period.from);
    const to = partialDate(metric.period.to);
    if (from && to) {
      return from === to ? from : `${from} – ${to}`;
    }
    return from ? `from ${from}` : `until ${to}`;
  }
  return metric.asOf ? `as of ${partialDate(metric.asOf)}` : 'undated';
}

const plain = new Intl.NumberFormat('en', {maximumFractionDigits: 2});
const compact = new Intl.NumberFormat('en', {notation: 'compact', maximumFractionDigits: 1});

/** A number in full: 43,600,000,000. */
export function number(value) {
  return plain.format(value);
}

/** A number for an axis or a bar: 43.6B. */
export function shortNumber(value) {
  return Math.abs(value) < 10000 ? plain.format(value) : compact.format(value);
}

/** A value with its unit: "US$43.6B", "44.2%", "12 years". */
export function withUnit(value, unit, short) {
  const shown = short ? shortNumber(value) : number(value);
  if (unit === 'USD') {
    return 'US$' + shown;
  }
  if (unit === 'percent') {
    return shown + '%';
  }
  return unit ? `${shown} ${unit}` : shown;
}

/** The sign that says what an aggregate's value is of the true one. */
export function boundSign(bound) {
  return {lower: '≥ ', upper: '≤ ', approximate: '≈ '}[bound] || '';
}

/** A count with its noun: "1 figure", "3 figures". */
export function plural(count, noun, nouns) {
  return `${number(count)} ${count === 1 ? noun : (nouns || noun + 's')}`;
}
