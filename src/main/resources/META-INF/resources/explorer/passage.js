// A passage highlighted in its source's full text: the text as the service stores it, the passage marked from
// its start to its end offset (code points, as the API counts them), scrolled into view.

import {getJson, getText} from './api.js';
import {h} from './dom.js';
import {humanize, number, partialDate, withUnit} from './format.js';
import {href} from './route.js';

const RECORD = /^(metrics|statements|projects)\/([^/]+)$/;

export async function passageView(sourceId, params) {
  const path = '/sources/' + encodeURIComponent(sourceId);
  const start = Number.parseInt(params.get('start'), 10);
  const end = Number.parseInt(params.get('end'), 10);
  const of = RECORD.exec(params.get('of') || '');
  const [source, text, record] = await Promise.all([getJson(path), getText(path + '/text'),
    of ? getJson('/' + of[1] + '/' + encodeURIComponent(of[2])) : null]);
  const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end
    && end <= source.characters;
  const mark = valid ? h('mark', {id: 'passage', tabindex: '-1'}) : null;
  const body = h('div', {class: 'source-text', lang: source.language});
  if (valid) {
    // The leftover web-page text before the document's own content is left out, unless the passage is in it.
    const from = Math.min(source.bodyStart, start);
    const at = utf16(text, [from, start, end]);
    body.append(text.slice(at[0], at[1]));
    mark.textContent = text.slice(at[1], at[2]);
    body.append(mark, text.slice(at[2]));
  } else {
    body.append(text.slice(utf16(text, [source.bodyStart])[0]));
  }
  const node = h('article', {class: 'passage-view'},
    // Stays in sight while the visitor reads down the text: where they are, and the way back.
    h('div', {class: 'reading-bar'},
      h('button', {type: 'button', class: 'link-button', onclick: back}, '← Back'),
      h('span', {class: 'reading-title'}, source.title || humanize(source.id))),
    h('p', {class: 'eyebrow'}, humanize(source.kind)),
    h('h1', {tabindex: '-1'}, source.title || humanize(source.id)),
    source.title ? null : h('p', {class: 'meta'}, 'The document has no title; this is its id.'),
    h('p', {class: 'meta source-meta'}, sourceFacts(source).join(' · ')),
    record ? recordSummary(of[1], record) : null,
    valid
      ? h('p', {class: 'passage-where'},
        `The highlighted passage runs from character ${number(start)} to ${number(end)} of ${number(source.characters)}. `,
        h('button', {type: 'button', class: 'link-button', onclick: () => show(mark)}, 'Show it'))
      : h('p', {class: 'problem', role: 'alert'}, 'This link names no passage of the document; the whole text is shown.'),
    body,
    h('p', {class: 'meta'}, h('a', {href: `/api/v1/sources/${encodeURIComponent(source.id)}/text`},
      'The document as plain text'), ` · SHA-256 ${source.sha256.slice(0, 16)}…`));
  return {title: source.title || humanize(source.id), node, after: () => show(mark), focus: valid ? '#passage' : null};
}

/** UTF-16 indexes of code point offsets, in ascending order. */
function utf16(text, offsets) {
  const indexes = [];
  let i = 0;
  let n = 0;
  for (const offset of offsets) {
    while (n < offset && i < text.length) {
      i += text.codePointAt(i) > 0xffff ? 2 : 1;
      n++;
    }
    indexes.push(i);
  }
  return indexes;
}

function show(mark) {
  if (mark) {
    mark.scrollIntoView({block: 'center'});
    mark.focus({preventScroll: true});
  }
}

function back() {
  if (history.length > 1) {
    history.back();
  } else {
    location.hash = '#/projects';
  }
}

function sourceFacts(source) {
  return [
    source.publisher,
    source.author,
    source.deliveredOn ? 'delivered ' + partialDate(source.deliveredOn) : null,
    source.publishedOn ? 'published ' + partialDate(source.publishedOn) : 'undated',
  ].filter(Boolean);
}

/** What the passage supports: a figure, a statement or a project. */
function recordSummary(kind, record) {
  let what;
  if (kind === 'metrics') {
    what = [h('strong', {}, record.valueText), ' — ', record.name,
      ` (${withUnit(record.value, record.unit)})`];
  } else if (kind === 'statements') {
    what = [h('q', {}, record.text), ' — ', record.speaker.name];
  } else {
    what = [h('strong', {}, record.name)];
  }
  const project = kind === 'projects' ? record : record.project || (record.projects || [])[0];
  return h('div', {class: 'supports'},
    h('p', {class: 'eyebrow'}, {metrics: 'Figure', statements: 'Statement', projects: 'Project'}[kind]),
    h('p', {}, what),
    project ? h('p', {class: 'meta'}, h('a', {href: href('/projects/' + encodeURIComponent(project.id))},
      'Open ' + project.name)) : null);
}
