// Filter state lives in the URL query string; the view lives in the hash. Shareable, and the back button works.
import { FILTERS } from './api.js';

export function readState() {
  const p = new URLSearchParams(location.search);
  const s = {};
  for (const k of FILTERS) { const v = p.get(k); if (v) s[k] = v; }
  return s;
}

function writeUrl(state, hash) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (state[k]) p.set(k, state[k]);
  const qs = p.toString();
  return location.pathname + (qs ? '?' + qs : '') + (hash ?? '');
}

const listeners = [];
export function onChange(fn) { listeners.push(fn); }
export function notify() { for (const fn of listeners) fn(readState()); }

/** Sets (or, with an empty value, removes) filters, goes back to the dashboard, and refreshes everything. */
export function setFilters(changes) {
  const s = { ...readState(), ...changes };
  for (const k of Object.keys(s)) if (!s[k]) delete s[k];
  history.pushState(null, '', writeUrl(s, ''));
  notify();
}

export function go(hash) {
  history.pushState(null, '', writeUrl(readState(), hash));
  notify();
}

window.addEventListener('popstate', notify);
window.addEventListener('hashchange', notify);
