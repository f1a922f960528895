// Calls the Diurna HTTP API (docs/api.md).
export const FILTERS = ['actor', 'country', 'dyad', 'type', 'cameo', 'from', 'to', 'place', 'bbox', 'outlet', 'factuality', 'q'];

export function filterParams(state, extra = {}) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (state[k]) p.set(k, state[k]);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== null && v !== '') p.set(k, v);
  return p;
}

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'Request failed');
    this.problem = problem;
  }
}

async function handle(res) {
  const type = res.headers.get('content-type') || '';
  const body = type.includes('json') ? await res.json() : { title: await res.text() };
  if (!res.ok) throw new ApiError({ status: res.status, ...body });
  return body;
}

export async function get(path, params) {
  const q = params && [...params].length ? '?' + params.toString() : '';
  return handle(await fetch(path + q, { headers: { Accept: 'application/json' } }));
}

export async function post(path, body) {
  return handle(await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  }));
}

export const api = {
  events: (state, extra) => get('/api/events', filterParams(state, extra)),
  event: (id) => get('/api/events/' + encodeURIComponent(id)),
  article: (id) => get('/api/articles/' + encodeURIComponent(id)),
  timeline: (state) => get('/api/timeline', filterParams(state, { interval: 'day' })),
  network: (state) => get('/api/network', filterParams(state, { limit: 100 })),
  actors: (q) => get('/api/actors', new URLSearchParams({ q, limit: '10' })),
  read: (body) => post('/api/read', body),
};
