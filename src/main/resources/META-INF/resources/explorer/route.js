// The page's state lives in the URL's fragment (#/projects?country=LA), so that every view can be linked,
// bookmarked and reached again with the back button; the fragment never reaches the server.

import {query} from './api.js';

/** The view's path and parameters from the fragment. */
export function current() {
  const hash = location.hash.replace(/^#/, '');
  const at = hash.indexOf('?');
  const path = (at < 0 ? hash : hash.slice(0, at)) || '/';
  const params = new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
  return {path, params};
}

/** A link to a view. */
export function href(path, params) {
  return '#' + path + query(params);
}

/** Goes to a view, as a new history entry. */
export function go(path, params) {
  location.hash = href(path, params);
}

/** A parameter's comma-separated values. */
export function list(params, name) {
  return (params.get(name) || '').split(',').map(v => v.trim()).filter(Boolean);
}

/** The link to read one evidence passage highlighted in its source, naming the record it supports. */
export function passageHref(evidence, of) {
  return href('/passage/' + encodeURIComponent(evidence.sourceId),
    {start: evidence.start, end: evidence.end, of});
}
