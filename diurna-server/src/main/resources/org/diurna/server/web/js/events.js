// The event list and the event detail.
import { api } from './api.js';
import { el, clear, safeLink, actorCode, evText } from './dom.js';
import { setFilters, go } from './state.js';

function actorButton(p) {
  if (!p) return el('span', { class: 'actor muted' }, '?');
  const label = p.name || actorCode(p);
  return el('button', { type: 'button', class: 'actor link', title: `Filter on ${label}`,
    on: { click: (e) => { e.stopPropagation(); setFilters({ actor: label }); } } },
  label, ' ', el('span', { class: 'code' }, actorCode(p)));
}

export function what(ev) { return ev.plover + (ev.mode ? '/' + ev.mode : ''); }

export function eventLine(ev) {
  return el('div', { class: 'who' }, actorButton(ev.source), el('span', { class: 'arrow' }, ' → '),
    el('button', { type: 'button', class: 'type link', title: `Filter on ${ev.plover}`,
      on: { click: (e) => { e.stopPropagation(); setFilters({ type: ev.plover }); } } }, what(ev)),
    el('span', { class: 'arrow' }, ' → '), actorButton(ev.target));
}

function meta(ev) {
  return el('div', { class: 'meta' },
    el('span', { class: 'date' }, ev.date || ev.day || 'undated'),
    el('span', { class: 'fact fact-' + (ev.factuality || 'unknown') }, ev.factuality || ''),
    ev.place ? el('button', { type: 'button', class: 'place link', on: { click: (e) => {
      e.stopPropagation(); setFilters({ place: ev.place.country }); } } }, '@ ' + (ev.place.name || ev.place.country)) : null,
    el('span', { class: 'counts' }, `${ev.num_mentions ?? 0} mentions · ${ev.num_articles ?? 0} articles`));
}

export function renderEvents(data) {
  document.getElementById('ev-total').textContent = `(${data.total ?? data.events.length})`;
  const list = clear(document.getElementById('event-list'));
  if (!data.events.length) list.append(el('li', { class: 'empty' }, 'No events match these filters.'));
  for (const ev of data.events) {
    const li = el('li', { class: 'ev-item', tabindex: '0', dataset: { id: ev.id, type: ev.plover },
      on: { click: () => go('#event/' + encodeURIComponent(ev.id)),
        keydown: (e) => { if (e.key === 'Enter') go('#event/' + encodeURIComponent(ev.id)); } } },
    eventLine(ev), meta(ev),
    evText(ev.evidence) ? el('blockquote', { class: 'evidence' }, evText(ev.evidence)) : null,
    el('div', { class: 'outlets' }, (ev.outlets || []).map((o) => el('button', { type: 'button', class: 'outlet link',
      on: { click: (e) => { e.stopPropagation(); setFilters({ outlet: o }); } } }, o))));
    list.append(li);
  }
}

export async function showEvent(id, root) {
  clear(root).append(el('p', { class: 'muted' }, 'Loading…'));
  const data = await api.event(id);
  const ev = data.event;
  clear(root).append(
    el('p', {}, el('a', { href: '#', on: { click: (e) => { e.preventDefault(); history.back(); } } }, '← back')),
    el('h2', {}, 'Event'),
    el('div', { class: 'ev-item detail', dataset: { id: ev.id } }, eventLine(ev), meta(ev),
      evText(ev.evidence) ? el('blockquote', { class: 'evidence' }, evText(ev.evidence)) : null,
      el('p', { class: 'muted' }, `CAMEO ${ev.cameo ?? '?'} · Goldstein ${ev.goldstein ?? '?'} · ${ev.num_sources ?? 0} sources`)),
    el('h3', {}, `Mentions (${data.mentions.length})`),
    el('ol', { class: 'mentions' }, data.mentions.map((m) => el('li', { class: 'mention', dataset: { article: m.article_id } },
      el('div', { class: 'meta' }, el('strong', { class: 'outlet' }, m.outlet || 'unknown outlet'),
        el('span', { class: 'date' }, m.published || ''), el('span', { class: 'fact fact-' + m.factuality }, m.factuality || ''),
        (m.attributed_to || []).length ? el('span', { class: 'muted' }, 'according to ' + m.attributed_to.join(', ')) : null),
      el('blockquote', { class: 'evidence' }, evText(m.evidence)),
      el('div', {}, el('a', { href: '#article/' + encodeURIComponent(m.article_id), class: 'open-article' }, 'Read the article'),
        ' ', safeLink(m.url, 'source'))))));
}
