// The explorer: reads the view from the URL's fragment, renders it from the public API, and renders again
// whenever the fragment changes (a link, a filter, the back button).

import {problemView} from './cards.js';
import {h} from './dom.js';
import {indicatorsView} from './indicators.js';
import {passageView} from './passage.js';
import {projectView} from './project.js';
import {projectsView} from './projects.js';
import {current} from './route.js';

const ROUTES = [
  [/^\/(projects)?$/, 'projects', (match, params) => projectsView(params)],
  [/^\/projects\/([^/]+)$/, 'projects', match => projectView(decodeURIComponent(match[1]))],
  [/^\/indicators$/, 'indicators', (match, params) => indicatorsView(params)],
  [/^\/passage\/([^/]+)$/, null, (match, params) => passageView(decodeURIComponent(match[1]), params)],
];

const main = document.getElementById('main');
let rendering = 0;
let shownPath = null;
let shown = null;

async function render() {
  const {path, params} = current();
  const drawing = location.hash;
  const ticket = ++rendering;
  // Where the keyboard was, to put it back when the same view is drawn again with other filters.
  const focused = document.activeElement && document.activeElement.dataset
    ? document.activeElement.dataset.focus : null;
  const route = ROUTES.find(([pattern]) => pattern.test(path));
  main.setAttribute('aria-busy', 'true');
  highlightNav(route ? route[1] : null);
  let view;
  try {
    view = route
      ? await route[2](route[0].exec(path), params)
      : {title: 'Not found', node: notFound()};
  } catch (error) {
    view = {title: 'Problem', node: h('div', {}, h('h1', {tabindex: '-1'}, 'This view could not be shown'),
      problemView(error))};
  }
  if (ticket !== rendering) {
    return;
  }
  main.replaceChildren(view.node);
  document.title = view.title + ' · BRI Data Explorer';
  shown = view;
  const samePath = path === shownPath;
  shownPath = path;
  if (!samePath) {
    window.scrollTo(0, 0);
  }
  if (view.after) {
    view.after();
  }
  // A view may name what deserves the focus (the passage, the figures behind a bar); otherwise the control the
  // keyboard was on, when only the filters changed, or the new view's heading.
  const named = view.focus && main.querySelector(view.focus);
  const target = named || (samePath && focused && main.querySelector(`[data-focus="${CSS.escape(focused)}"]`))
    || (samePath ? null : main.querySelector('h1'));
  if (target) {
    target.focus({preventScroll: !named});
  }
  // Says which fragment the view shows, so that a test (or a script) knows when a new view is drawn.
  main.dataset.drawn = drawing;
  main.setAttribute('aria-busy', 'false');
}

function highlightNav(section) {
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === section) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

function notFound() {
  return h('div', {},
    h('h1', {tabindex: '-1'}, 'No such view'),
    h('p', {}, 'This link does not name a view of the explorer. ', h('a', {href: '#/projects'}, 'See the projects.')));
}

let resizing = null;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => shown && shown.resize && shown.resize(), 150);
});
window.addEventListener('hashchange', render);
render();
