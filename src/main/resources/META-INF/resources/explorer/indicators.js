// An indicator over time: the aggregate of its figures by year as a bar chart, each bar leading to the figures
// (and their passages) its value is computed from, and to those a sum left out.

import {getAll, getJson, lookup} from './api.js';
import {empty, figureCard} from './cards.js';
import {barChart} from './chart.js';
import {h} from './dom.js';
import {boundSign, humanize, number, plural, withUnit} from './format.js';
import {go, href} from './route.js';

const STATS = [['sum', 'Sum (overlapping figures left out)'], ['latest', 'Latest value']];
const NO_KEY = 'none';
const REASONS = {
  'superseded': 'a later figure of the same series holds what it counted',
  'overlapping-period': 'its period overlaps that of a figure already added',
  'level-with-periods': 'a level, left out where the series has figures over periods',
};

export async function indicatorsView(params) {
  const indicators = await getAll('/indicators', {sort: '-metrics'});
  if (!indicators.length) {
    return {title: 'Indicators', node: h('div', {}, h('h1', {tabindex: '-1'}, 'Indicators'), empty('No figures yet.'))};
  }
  const id = params.get('indicator') || indicators[0].id;
  const indicator = indicators.find(i => i.id === id) || {id, units: [], kinds: []};
  const state = {
    indicator: id,
    stat: params.get('stat') === 'latest' ? 'latest' : 'sum',
    // Sums and latest values never mix units or kinds: the first of each unless the visitor chose.
    unit: params.get('unit') || (indicator.units.length > 1 ? indicator.units[0] : null),
    kind: params.get('kind') || (indicator.kinds.length > 1 ? indicator.kinds[0] : null),
  };
  const [aggregate, sources] = await Promise.all([
    getJson('/metrics/aggregate', {indicator: state.indicator, groupBy: 'year', stat: state.stat, unit: state.unit,
      kind: state.kind}),
    lookup('/sources')]);
  const chosen = params.get('group');
  const group = aggregate.groups.find(g => (g.key === null ? NO_KEY : g.key) === chosen) || null;
  const behind = group ? await figuresOf(group) : null;
  const unit = aggregate.units[0] || indicator.units[0];
  const title = `${state.stat === 'sum' ? 'Sum' : 'Latest value'} of “${humanize(id)}” by year`;
  const bars = aggregate.groups.map(g => {
    const key = g.key === null ? NO_KEY : g.key;
    const label = g.label === null ? 'Undated' : g.label;
    return {key, label, value: g.value, bound: g.bound, selected: g === group,
      href: href('/indicators', {...state, group: key}),
      description: `${label}: ${boundSign(g.bound)}${withUnit(g.value, unit)}, from ${plural(g.metricIds.length, 'figure')}`};
  });
  const holder = h('div', {class: 'chart-holder'});
  let drawnAt = 0;
  const draw = () => {
    const width = Math.max(280, Math.min(holder.clientWidth || 640, 1200));
    // Drawn again only when the space for it changed (a phone turned, a window resized).
    if (width !== drawnAt) {
      drawnAt = width;
      holder.replaceChildren(barChart(bars, width, title));
    }
  };
  const node = h('div', {class: 'indicators-view'},
    h('div', {class: 'intro'},
      h('h1', {tabindex: '-1'}, 'Indicators over time'),
      h('p', {class: 'lead'}, 'Each bar is computed from figures in the sources. Choose a bar to read the figures '
        + 'behind it and the sentences they come from.')),
    controls(indicators, indicator, state),
    h('figure', {class: 'card chart-card'},
      h('figcaption', {},
        h('span', {class: 'chart-title'}, title),
        h('span', {class: 'meta'}, ` · ${unit ? 'in ' + unit + ' · ' : ''}${plural(aggregate.metrics, 'figure')}`
          + span(indicator))),
      aggregate.groups.length ? holder : empty('No figure of this indicator is dated.'),
      legend(aggregate.groups),
      table(aggregate.groups, bars, unit)),
    group ? groupSection(group, bars.find(b => b.selected), behind, sources, unit)
      : h('p', {class: 'hint'}, 'Choose a bar to read the figures behind it.'));
  return {title: humanize(id), node, after: draw, resize: draw, focus: group ? '#group-heading' : null};
}

function span(indicator) {
  if (!indicator.earliest || !indicator.latest) {
    return '';
  }
  const from = indicator.earliest.slice(0, 4);
  const to = indicator.latest.slice(0, 4);
  return ` · ${from === to ? from : from + '–' + to}`;
}

function controls(indicators, indicator, state) {
  const select = (id, labelText, name, options, value) => h('div', {class: 'control'},
    h('label', {for: id}, labelText),
    h('select', {id, name, 'data-focus': id, onchange: event => {
      const next = {...state, [name]: event.target.value};
      if (name === 'indicator') {
        next.unit = null;
        next.kind = null;
      }
      go('/indicators', next);
    }}, options.map(([v, text]) => h('option', {value: v, selected: v === value}, text))));
  return h('form', {class: 'controls', onsubmit: event => event.preventDefault()},
    select('indicator-select', 'Indicator', 'indicator',
      indicators.map(i => [i.id, `${humanize(i.id)} (${plural(i.metrics, 'figure')})`]), state.indicator),
    select('stat-select', 'Statistic', 'stat', STATS, state.stat),
    indicator.units.length > 1
      ? select('unit-select', 'Unit', 'unit', indicator.units.map(u => [u, u]), state.unit) : null,
    indicator.kinds.length > 1
      ? select('kind-select', 'Kind', 'kind', indicator.kinds.map(k => [k, humanize(k)]), state.kind) : null);
}

function legend(groups) {
  const bounds = new Set(groups.map(g => g.bound));
  const items = [['lower', '≥ at least: a "more than" figure is behind it'],
    ['upper', '≤ at most: a "nearly" or "up to" figure is behind it'],
    ['approximate', '≈ approximate']].filter(([bound]) => bounds.has(bound));
  return items.length ? h('ul', {class: 'legend'}, items.map(([, text]) => h('li', {}, text))) : null;
}

function table(groups, bars, unit) {
  return h('details', {class: 'chart-table'},
    h('summary', {}, 'The values as a table'),
    h('div', {class: 'table-scroll'}, h('table', {},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Year'), h('th', {scope: 'col'}, 'Value'),
        h('th', {scope: 'col'}, 'Figures'))),
      h('tbody', {}, groups.map((g, i) => h('tr', {},
        h('th', {scope: 'row'}, h('a', {href: bars[i].href}, bars[i].label)),
        h('td', {}, boundSign(g.bound) + withUnit(g.value, unit)),
        h('td', {}, number(g.metricIds.length))))))));
}

/** The figures a group's value is computed from, and those a sum left out, read one by one. */
async function figuresOf(group) {
  const read = id => getJson('/metrics/' + encodeURIComponent(id));
  const [used, excluded] = await Promise.all([Promise.all(group.metricIds.map(read)),
    Promise.all(group.excluded.map(e => read(e.id)))]);
  return {used, excluded};
}

function groupSection(group, bar, behind, sources, unit) {
  return h('section', {class: 'block group-figures', 'aria-labelledby': 'group-heading', dataset: {key: bar.key}},
    h('h2', {id: 'group-heading', tabindex: '-1'}, `${bar.label}: the figures behind ${boundSign(group.bound)}`
      + withUnit(group.value, unit)),
    h('ul', {class: 'figure-grid'}, behind.used.map(m => figureCard(m, sources))),
    behind.excluded.length
      ? [h('h3', {}, 'Left out of the sum'),
        h('ul', {class: 'figure-grid excluded'}, behind.excluded.map((m, i) => {
          const card = figureCard(m, sources);
          card.insertBefore(h('p', {class: 'reason'}, 'Left out: ' + (REASONS[group.excluded[i].reason]
            || humanize(group.excluded[i].reason))), card.firstChild);
          return card;
        }))]
      : null);
}
