// One project: what it is, where, its milestones, and the figures and statements about it, each with its passages.

import {getJson, lookup} from './api.js';
import {empty, figureCard, passageLinks, statementCard} from './cards.js';
import {h} from './dom.js';
import {humanize, number, partialDate} from './format.js';
import {href} from './route.js';

const SIZE = 100;

export async function projectView(id) {
  const path = '/projects/' + encodeURIComponent(id);
  const [project, metrics, statements, sources, themes] = await Promise.all([
    getJson(path), getJson(path + '/metrics', {size: SIZE}), getJson(path + '/statements', {size: SIZE}),
    lookup('/sources'), lookup('/themes')]);
  const node = h('article', {class: 'project-view'},
    h('p', {class: 'crumbs'}, h('a', {href: '#/projects'}, 'Projects'), ' / '),
    h('h1', {tabindex: '-1'}, project.name),
    project.aliases.length ? h('p', {class: 'aliases'}, 'Also called ', project.aliases.join('; ')) : null,
    h('p', {class: 'badges'},
      h('span', {class: 'badge'}, humanize(project.type)),
      project.status ? h('span', {class: 'badge status-' + project.status}, humanize(project.status)) : null,
      project.scale ? h('span', {class: 'badge'}, humanize(project.scale)) : null),
    h('p', {class: 'lead'}, project.summary),
    facts(project, themes),
    section('figures', 'Figures', metrics, metrics.items.length
      ? h('ul', {class: 'figure-grid'}, metrics.items.map(m => figureCard(m, sources, {showProject: false})))
      : empty('No figure is recorded about this project.')),
    section('statements', 'Statements', statements, statements.items.length
      ? h('ul', {class: 'statement-list'}, statements.items.map(s => statementCard(s, sources)))
      : empty('No statement is recorded about this project.')),
    h('section', {class: 'block', 'aria-labelledby': 'evidence-heading'},
      h('h2', {id: 'evidence-heading'}, 'Where this project is named'),
      passageLinks(project.evidence, 'projects/' + project.id, sources, true)));
  return {title: project.name, node};
}

function facts(project, themes) {
  const rows = [
    ['Sector', `${project.sector.label} (OECD CRS ${project.sector.crsCode})`],
    ['Countries', project.countries.length
      ? join(project.countries.map(c => h('a', {href: href('/projects', {country: c.code})},
        c.name, c.role === 'partner' ? ' (partner)' : '')))
      : 'None named'],
    ['Themes', project.themes.length
      ? join(project.themes.map(t => h('a', {href: href('/projects', {theme: t})}, (themes.get(t) || {}).label || humanize(t))))
      : 'None'],
  ];
  if (project.milestones.length) {
    rows.push(['Milestones', h('ol', {class: 'milestones'}, project.milestones.map(m =>
      h('li', {}, h('span', {class: 'milestone-date'}, partialDate(m.date)), ' ', m.event)))]);
  }
  return h('dl', {class: 'facts'}, rows.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

function join(nodes) {
  return nodes.flatMap((node, i) => i ? [', ', node] : [node]);
}

function section(id, title, page, content) {
  return h('section', {class: 'block', 'aria-labelledby': id + '-heading', dataset: {total: String(page.totalItems)}},
    h('h2', {id: id + '-heading'}, title, ' ', h('span', {class: 'count'}, number(page.totalItems))),
    content,
    page.totalItems > page.items.length
      ? h('p', {class: 'meta'}, `The first ${page.items.length} of ${number(page.totalItems)} are shown.`)
      : null);
}
