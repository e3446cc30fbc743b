// A bar chart in SVG, drawn at the width it is shown at so that its text stays legible on a phone. Each bar is
// a link, reachable by keyboard, to the figures behind it.

import {s} from './dom.js';
import {boundSign, shortNumber} from './format.js';

/** Round steps for an axis from 0 to at least max. */
function ticks(max) {
  if (!(max > 0)) {
    return [0, 1];
  }
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map(f => f * magnitude).find(candidate => candidate >= raw);
  const values = [];
  for (let v = 0; v < max + step / 2; v += step) {
    values.push(v);
  }
  if (values[values.length - 1] < max) {
    values.push(values[values.length - 1] + step);
  }
  return values;
}

/**
 * bars: [{key, label, value, bound, href, selected, description}], in order. width: pixels available.
 */
export function barChart(bars, width, title) {
  const narrow = width < 480;
  const height = narrow ? 240 : 300;
  const margin = {top: 28, right: 8, bottom: 34, left: narrow ? 44 : 56};
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const axis = ticks(Math.max(0, ...bars.map(b => b.value)));
  const top = axis[axis.length - 1] || 1;
  const y = v => margin.top + plotHeight - (Math.max(0, v) / top) * plotHeight;
  const band = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.min(72, band * 0.62);
  // Every label when they fit, else every second or third.
  const every = Math.max(1, Math.ceil(46 / band));
  const svg = s('svg', {class: 'chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'group',
    'aria-label': title});
  for (const value of axis) {
    svg.append(
      s('line', {class: 'grid', x1: margin.left, x2: width - margin.right, y1: y(value), y2: y(value)}),
      s('text', {class: 'axis-label', x: margin.left - 6, y: y(value) + 4, 'text-anchor': 'end'}, shortNumber(value)));
  }
  bars.forEach((bar, i) => {
    const x = margin.left + band * i + (band - barWidth) / 2;
    const top = y(bar.value);
    const link = s('a', {class: 'bar' + (bar.selected ? ' selected' : ''), href: bar.href,
      'aria-label': bar.description, 'aria-current': bar.selected ? 'true' : null, dataset: {key: bar.key}},
    s('title', {}, bar.description),
    // A zero value still gets a sliver, so that its bar can be seen and clicked.
    s('rect', {x, y: Math.min(top, y(0) - 2), width: barWidth, height: Math.max(2, y(0) - top), rx: 3}),
    s('text', {class: 'bar-value', x: x + barWidth / 2, y: Math.min(top, y(0) - 2) - 6, 'text-anchor': 'middle'},
      boundSign(bar.bound) + shortNumber(bar.value)));
    svg.append(link);
    if (i % every === 0) {
      svg.append(s('text', {class: 'bar-label', x: x + barWidth / 2, y: height - margin.bottom + 20,
        'text-anchor': 'middle'}, bar.label));
    }
  });
  svg.append(s('line', {class: 'baseline', x1: margin.left, x2: width - margin.right, y1: y(0), y2: y(0)}));
  return svg;
}
