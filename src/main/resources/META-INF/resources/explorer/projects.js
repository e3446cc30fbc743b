// The project list: a text search, facets for country, theme and status with their counts (each facet counted
// without its own filter, as the API does), the matching projects and their pages.

import {getJson, lookup} from './api.js';
import {empty} from './cards.js';
import {h} from './dom.js';
import {humanize, number, plural} from './format.js';
import {go, href, list} from './route.js';

const SIZE = 20;
/** Values a facet shows before "Show all". */
const SHOWN = 8;
const FACETS = [['country', 'Country'], ['theme', 'Theme'], ['status', 'Status']];
/** Facets whose every value the visitor asked to see, kept across re-renders. */
const expanded = new Set();
/** Whether the visitor opened or closed the filters on a narrow screen, kept across re-renders. */
let filtersOpen = null;

function filtersOf(params) {
  return {q: params.get('q') || '', country: list(params, 'country'), theme: list(params, 'theme'),
    status: list(params, 'status')};
}

export async function projectsView(params) {
  const filters = filtersOf(params);
  const page = Math.max(1, Number.parseInt(params.get('page') || '1', 10) || 1);
  const [result, themes] = await Promise.all([
    getJson('/projects', {...filters, facets: FACETS.map(f => f[0]), page, size: SIZE}),
    lookup('/themes')]);
  const labels = labelsOf(result.facets, themes);
  const node = h('div', {class: 'projects-view'},
    h('div', {class: 'intro'},
      h('h1', {tabindex: '-1'}, 'Belt and Road projects'),
      h('p', {class: 'lead'}, 'Filter the projects by country, theme and status, then open one to read its figures '
        + 'and statements, each linked to the sentence of the source it comes from.')),
    searchForm(filters),
    h('div', {class: 'list-layout'},
      sidebar(filters, result, labels),
      results(filters, result, page, labels, themes)));
  return {title: 'Projects', node};
}

/** The name of each facet value, from the facets themselves and the vocabularies. */
function labelsOf(facets, themes) {
  const labels = new Map();
  for (const [name] of FACETS) {
    for (const value of (facets && facets[name]) || []) {
      labels.set(name + ':' + value.value, value.label || humanize(value.value));
    }
  }
  for (const [id, theme] of themes) {
    labels.set('theme:' + id, theme.label);
  }
  return labels;
}

function label(labels, name, value) {
  return labels.get(name + ':' + value) || humanize(value);
}

function sidebar(filters, result, labels) {
  const facets = result.facets;
  const open = filtersOpen === null ? window.matchMedia('(min-width: 800px)').matches : filtersOpen;
  const active = filters.country.length + filters.theme.length + filters.status.length;
  const details = h('details', {class: 'filters', open},
    h('summary', {}, 'Filters', active ? h('span', {class: 'pill'}, String(active)) : null),
    h('div', {class: 'filters-body'},
      FACETS.map(([name, legend]) => facet(name, legend, (facets && facets[name]) || [], filters, labels)),
      // On a phone the list is below the filters: one tap folds them and goes to it.
      h('button', {type: 'button', class: 'show-results', onclick: () => {
        details.open = false;
        const heading = document.getElementById('results-heading');
        heading.scrollIntoView({block: 'start'});
        heading.focus({preventScroll: true});
      }}, 'Show ' + plural(result.totalItems, 'project'))));
  details.addEventListener('toggle', () => {
    filtersOpen = details.open;
  });
  return h('aside', {class: 'sidebar', 'aria-label': 'Filters'}, details);
}

function facet(name, legend, values, filters, labels) {
  const selected = filters[name];
  const shown = values.slice();
  for (const value of selected) {
    // A chosen value the other filters leave no record for still shows, to be unchecked.
    if (!shown.some(v => v.value === value)) {
      shown.push({value, count: 0});
    }
  }
  const all = expanded.has(name);
  const items = shown.map((value, i) => h('li', {
    dataset: {value: value.value, count: String(value.count)},
    hidden: !all && i >= SHOWN && !selected.includes(value.value)},
  h('label', {},
    h('input', {type: 'checkbox', name, value: value.value, checked: selected.includes(value.value),
      'data-focus': name + ':' + value.value,
      onchange: () => choose(filters, name, value.value)}),
    h('span', {class: 'facet-label'}, label(labels, name, value.value)),
    h('span', {class: 'count'}, number(value.count)))));
  const group = h('fieldset', {class: 'facet', dataset: {facet: name}},
    h('legend', {}, legend),
    shown.length ? h('ul', {}, items) : h('p', {class: 'meta'}, 'No values.'));
  if (shown.length > SHOWN) {
    const toggle = h('button', {type: 'button', class: 'link-button', 'aria-expanded': String(all),
      'data-focus': 'more:' + name},
    all ? 'Show fewer' : `Show all ${shown.length}`);
    toggle.addEventListener('click', () => {
      const now = !expanded.has(name);
      if (now) {
        expanded.add(name);
      } else {
        expanded.delete(name);
      }
      items.forEach((item, i) => {
        item.hidden = !now && i >= SHOWN && !selected.includes(shown[i].value);
      });
      toggle.textContent = now ? 'Show fewer' : `Show all ${shown.length}`;
      toggle.setAttribute('aria-expanded', String(now));
    });
    group.appendChild(toggle);
  }
  return group;
}

/** Checks or unchecks one value of a facet: a new list from its first page. */
function choose(filters, name, value) {
  const values = filters[name].includes(value)
    ? filters[name].filter(v => v !== value)
    : [...filters[name], value];
  go('/projects', {...filters, [name]: values});
}

function results(filters, result, page, labels, themes) {
  const from = result.totalItems === 0 ? 0 : (result.page - 1) * result.size + 1;
  const to = (result.page - 1) * result.size + result.items.length;
  return h('section', {class: 'results', 'aria-labelledby': 'results-heading'},
    chips(filters, labels),
    h('h2', {id: 'results-heading', class: 'result-count', tabindex: '-1', dataset: {total: String(result.totalItems)}},
      plural(result.totalItems, 'project'),
      result.totalItems > result.size
        ? h('span', {class: 'meta'}, ` · ${number(from)}–${number(to)}`)
        : null),
    result.items.length
      ? h('ol', {class: 'project-list'}, result.items.map(project => projectCard(project, themes)))
      : empty(page > 1 ? 'There is no such page of this list.' : 'No project matches these filters.'),
    pager(filters, result));
}

function searchForm(filters) {
  const input = h('input', {type: 'search', id: 'project-search', name: 'q', value: filters.q,
    placeholder: 'railway, Laos, green…', autocomplete: 'off', 'data-focus': 'search'});
  return h('form', {class: 'search', role: 'search', onsubmit: event => {
    event.preventDefault();
    go('/projects', {...filters, q: input.value.trim()});
  }},
  h('label', {for: 'project-search'}, 'Search projects'),
  h('div', {class: 'search-row'}, input, h('button', {type: 'submit'}, 'Search')));
}

function chips(filters, labels) {
  const chosen = [];
  if (filters.q) {
    chosen.push(['q', filters.q, `“${filters.q}”`]);
  }
  for (const [name] of FACETS) {
    filters[name].forEach(value => chosen.push([name, value, label(labels, name, value)]));
  }
  if (!chosen.length) {
    return null;
  }
  return h('ul', {class: 'chips', 'aria-label': 'Active filters'},
    chosen.map(([name, value, text]) => h('li', {},
      h('a', {class: 'chip', href: href('/projects', without(filters, name, value)),
        'aria-label': `Remove filter ${text}`}, text, h('span', {'aria-hidden': 'true'}, ' ×')))),
    h('li', {}, h('a', {class: 'chip chip-clear', href: '#/projects'}, 'Clear all')));
}

function without(filters, name, value) {
  return {...filters, [name]: name === 'q' ? '' : filters[name].filter(v => v !== value)};
}

function projectCard(project, themes) {
  const places = project.countries.map(c => c.role === 'partner' ? `${c.name} (partner)` : c.name);
  return h('li', {class: 'card project-card', dataset: {id: project.id}},
    h('h3', {}, h('a', {href: href('/projects/' + encodeURIComponent(project.id))}, project.name)),
    h('p', {class: 'meta'}, humanize(project.type), ' · ', project.sector.label),
    project.status || project.scale
      ? h('p', {class: 'badges'},
        project.status ? h('span', {class: 'badge status-' + project.status}, humanize(project.status)) : null,
        project.scale ? h('span', {class: 'badge'}, humanize(project.scale)) : null)
      : null,
    h('p', {class: 'summary'}, project.summary),
    places.length ? h('p', {class: 'places'}, places.join(', ')) : null,
    project.themes.length
      ? h('p', {class: 'tags'}, project.themes.map(t => h('span', {class: 'tag'}, (themes.get(t) || {}).label || humanize(t))))
      : null);
}

function pager(filters, result) {
  if (result.totalPages <= 1) {
    return null;
  }
  const to = page => href('/projects', {...filters, page: page === 1 ? null : page});
  return h('nav', {class: 'pager', 'aria-label': 'Pages'},
    result.page > 1 ? h('a', {href: to(result.page - 1), rel: 'prev'}, '← Previous') : h('span'),
    h('span', {'aria-current': 'page'}, `Page ${result.page} of ${result.totalPages}`),
    result.page < result.totalPages ? h('a', {href: to(result.page + 1), rel: 'next'}, 'Next →') : h('span'));
}
