// Reads the public API. Every failure becomes an ApiError that carries the RFC 9457 problem the service sent,
// or one made up here when the service could not be reached or sent something else.

const BASE = '/api/v1';

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }
}

/** A query string from parameters; empty values are left out and lists are joined by commas. */
export function query(params) {
  const parts = [];
  for (const [name, value] of Object.entries(params || {})) {
    const joined = Array.isArray(value) ? value.join(',') : value;
    if (joined === null || joined === undefined || joined === '') {
      continue;
    }
    parts.push(encodeURIComponent(name) + '=' + encodeURIComponent(String(joined)).replace(/%2C/g, ','));
  }
  return parts.length ? '?' + parts.join('&') : '';
}

async function request(path, params, accept) {
  const url = BASE + path + query(params);
  let response;
  try {
    response = await fetch(url, {headers: {Accept: accept}});
  } catch (e) {
    throw new ApiError({title: 'Service unreachable', status: 0,
      detail: 'The service could not be reached. Check the connection and try again.', instance: url});
  }
  if (response.ok) {
    return response;
  }
  let problem = null;
  if ((response.headers.get('Content-Type') || '').includes('json')) {
    try {
      problem = await response.json();
    } catch (e) {
      problem = null;
    }
  }
  throw new ApiError(problem && typeof problem === 'object' ? problem : {
    title: response.statusText || 'Error', status: response.status,
    detail: 'The service answered ' + response.status + '.', instance: url});
}

/** The JSON body of a GET. */
export async function getJson(path, params) {
  return (await request(path, params, 'application/json')).json();
}

/** The text body of a GET, such as a source document. */
export async function getText(path) {
  return (await request(path, null, 'text/plain')).text();
}

/** Every item of a list, page by page along its cursors (small lists: vocabularies, sources, indicators). */
export async function getAll(path, params) {
  const items = [];
  let page = await getJson(path, {...params, size: 100});
  items.push(...page.items);
  while (page.nextCursor) {
    page = await getJson(path, {...params, size: 100, cursor: page.nextCursor});
    items.push(...page.items);
  }
  return items;
}

const memo = new Map();

/** A vocabulary read once per page load: id to record. */
export function lookup(path) {
  if (!memo.has(path)) {
    const read = getAll(path).then(items => new Map(items.map(item => [item.id, item])));
    read.catch(() => memo.delete(path));
    memo.set(path, read);
  }
  return memo.get(path);
}
