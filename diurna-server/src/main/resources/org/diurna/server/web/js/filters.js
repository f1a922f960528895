// The search bar: inputs, chips for the active filters, actor autocomplete.
import { api } from './api.js';
import { el, clear } from './dom.js';
import { readState, setFilters } from './state.js';

export const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

const FIELDS = ['q', 'actor', 'country', 'dyad', 'type', 'from', 'to'];
const LABELS = { q: 'text', actor: 'actor', country: 'country', dyad: 'dyad', type: 'type', cameo: 'CAMEO',
  from: 'from', to: 'to', place: 'place', bbox: 'area', outlet: 'outlet', factuality: 'factuality' };

export function initFilters() {
  const type = document.getElementById('f-type');
  for (const t of PLOVER) type.append(el('option', { value: t }, t));
  const form = document.getElementById('filter-form');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    hideSuggestions();
    const changes = {};
    for (const f of FIELDS) {
      let v = document.getElementById('f-' + f).value.trim();
      if (f === 'country') v = v.toUpperCase();
      if (f === 'dyad') v = v.toUpperCase().replace(/\s*[,–—-]\s*/, ',');
      changes[f] = v;
    }
    setFilters(changes);
  });
  initAutocomplete();
}

/** Mirrors the state into the inputs and the chips. */
export function renderFilters(state) {
  for (const f of FIELDS) {
    const input = document.getElementById('f-' + f);
    if (document.activeElement !== input) input.value = state[f] || '';
  }
  const chips = clear(document.getElementById('chips'));
  for (const [k, v] of Object.entries(state)) {
    chips.append(el('span', { class: 'chip', dataset: { filter: k } },
      el('span', { class: 'chip-k' }, LABELS[k] || k), ' ', el('span', { class: 'chip-v' }, v),
      el('button', { type: 'button', class: 'chip-x', 'aria-label': `Remove ${k} filter`,
        on: { click: () => setFilters({ [k]: '' }) } }, '×')));
  }
  if (Object.keys(state).length > 1) {
    chips.append(el('button', { type: 'button', class: 'chip-clear', on: { click: () => {
      const none = {}; for (const k of Object.keys(readState())) none[k] = ''; setFilters(none);
    } } }, 'Clear all'));
  }
}

let timer = null;
let seq = 0;
function hideSuggestions() { document.getElementById('actor-suggestions').hidden = true; }

function initAutocomplete() {
  const input = document.getElementById('f-actor');
  const list = document.getElementById('actor-suggestions');
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) { hideSuggestions(); return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const { actors } = await api.actors(q);
        if (mine !== seq) return;
        clear(list);
        for (const a of actors || []) {
          const code = [a.country, a.sector].filter(Boolean).join(' ');
          list.append(el('li', { role: 'option', tabindex: '-1', on: { mousedown: (e) => {
            e.preventDefault(); input.value = a.name || code; hideSuggestions(); setFilters({ actor: input.value });
          } } }, el('strong', {}, a.name || code), ' ', el('span', { class: 'muted' }, code),
            a.mentions ? el('span', { class: 'muted' }, ` · ${a.mentions}`) : null));
        }
        list.hidden = !list.firstChild;
      } catch { hideSuggestions(); }
    }, 200);
  });
  input.addEventListener('blur', () => setTimeout(hideSuggestions, 150));
  input.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideSuggestions(); });
}
