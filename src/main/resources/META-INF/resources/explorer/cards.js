// The pieces several views share: a figure, a statement, the links to their passages, a problem.

import {h} from './dom.js';
import {figureTime, humanize, partialDate} from './format.js';
import {href, passageHref} from './route.js';

function sourceName(sources, id) {
  const source = sources.get(id);
  return source && source.title ? source.title : humanize(id);
}

/**
 * One link per evidence passage, each to the passage highlighted in its source; with quotes, each passage's words
 * too. Several passages of one source are numbered.
 */
export function passageLinks(evidence, of, sources, quotes) {
  const seen = new Map();
  return h('ul', {class: quotes ? 'passages with-quotes' : 'passages'}, evidence.map(item => {
    const n = (seen.get(item.sourceId) || 0) + 1;
    seen.set(item.sourceId, n);
    const several = evidence.filter(e => e.sourceId === item.sourceId).length > 1;
    return h('li', {},
      quotes ? h('blockquote', {class: 'excerpt'}, h('p', {}, item.exact)) : null,
      h('a', {class: 'passage-link', href: passageHref(item, of)},
        h('span', {class: 'passage-link-verb'}, 'Read in source'),
        h('span', {class: 'passage-link-source'}, sourceName(sources, item.sourceId)
          + (several ? ` · passage ${n}` : ''))));
  }));
}

/** A figure: as printed, what it measures, when, and where it comes from. */
export function figureCard(metric, sources, options = {}) {
  const facts = [figureTime(metric), humanize(metric.kind)];
  if (metric.approximation !== 'exact') {
    facts.push(humanize(metric.approximation));
  }
  return h('li', {class: 'card figure', dataset: {id: metric.id}},
    h('p', {class: 'figure-value'}, metric.valueText),
    h('p', {class: 'figure-name'}, metric.name),
    h('p', {class: 'meta'}, facts.join(' · ')),
    h('p', {class: 'meta'},
      h('a', {href: href('/indicators', {indicator: metric.indicator})}, humanize(metric.indicator)),
      options.showProject !== false && metric.project
        ? [' · ', h('a', {href: href('/projects/' + encodeURIComponent(metric.project.id))}, metric.project.name)]
        : null),
    passageLinks(metric.evidence, 'metrics/' + metric.id, sources));
}

/** A statement: its words, who said them, when, and where they come from. */
export function statementCard(statement, sources) {
  const speaker = statement.speaker;
  const role = [speaker.role, speaker.organization].filter(Boolean).join(', ');
  return h('li', {class: 'card statement', dataset: {id: statement.id}},
    h('p', {class: 'statement-type'}, humanize(statement.type),
      statement.date ? h('span', {class: 'statement-date'}, ' · ', partialDate(statement.date)) : null),
    h('blockquote', {}, h('p', {}, statement.text)),
    h('p', {class: 'attribution'}, '— ', h('strong', {}, speaker.name),
      role ? h('span', {class: 'role'}, role) : null),
    statement.note ? h('p', {class: 'note'}, h('strong', {}, 'Note: '), statement.note) : null,
    passageLinks(statement.evidence, 'statements/' + statement.id, sources));
}

/** A problem the service answered (RFC 9457), said plainly, with each offending parameter. */
export function problemView(error) {
  const problem = error && error.problem ? error.problem : {title: 'Something went wrong', detail: String(error)};
  const heading = problem.status ? `${problem.status} ${problem.title}` : problem.title;
  return h('div', {class: 'problem', role: 'alert'},
    h('h2', {}, heading),
    h('p', {}, problem.detail),
    Array.isArray(problem.errors) && problem.errors.length
      ? h('ul', {}, problem.errors.map(e => h('li', {}, h('code', {}, e.name), ': ', e.detail)))
      : null,
    h('p', {}, h('a', {href: '#/projects'}, 'Back to the projects')));
}

/** A line that says nothing was found. */
export function empty(text) {
  return h('p', {class: 'empty'}, text);
}
