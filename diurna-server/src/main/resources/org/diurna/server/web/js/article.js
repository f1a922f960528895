// The highlighted reading of one text: DOM nodes built from offset slices, never innerHTML.
import { api } from './api.js';
import { el, clear, safeLink, actorCode, evText } from './dom.js';
import { setFilters } from './state.js';

const DATE_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);

/** Spans to mark: {start, end, kind, label, speaker?}. */
function marks(r) {
  const out = [];
  for (const e of r.entities || []) {
    out.push({ start: e.start, end: e.end, kind: DATE_TYPES.has(e.type) ? 'date' : 'entity ent-' + String(e.type || 'x').toLowerCase(),
      label: e.type + (e.actor ? ' · ' + actorCode(e.actor) : '') + (e.place ? ' · ' + (e.place.name || '') : '') });
  }
  for (const t of r.timexes || []) out.push({ start: t.start, end: t.end, kind: 'date', label: 'date ' + (t.value || '') });
  for (const ev of r.events || []) out.push({ start: ev.start, end: ev.end, kind: 'event', label: `${ev.plover}: ${ev.source_name || '?'} → ${ev.target_name || '?'}` });
  for (const q of r.quotes || []) out.push({ start: q.start, end: q.end, kind: 'quote', label: 'quote' + (q.speaker ? ' — ' + q.speaker.name : ''), speaker: q.speaker });
  for (const f of r.figures || []) out.push({ start: f.start, end: f.end, kind: 'figure', label: `${f.value ?? ''} ${f.unit ?? ''}` });
  return out.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start);
}

/** Splits the text at every mark boundary; each piece is a span carrying the classes of the marks covering it. */
export function highlighted(text, r) {
  const ms = marks(r).map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }));
  const cuts = new Set([0, text.length]);
  for (const m of ms) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const root = el('div', { class: 'article-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const cover = ms.filter((m) => m.start <= a && m.end >= b);
    const piece = document.createTextNode(text.slice(a, b));
    if (!cover.length) root.append(piece);
    else {
      root.append(el('span', { class: 'hl ' + [...new Set(cover.map((m) => m.kind))].join(' '),
        title: cover.map((m) => m.label).join('\n') }, piece));
    }
    for (const m of ms) {
      if (m.kind === 'quote' && m.end === b && m.speaker) {
        root.append(el('sup', { class: 'speaker', title: 'speaker' }, '— ' + (m.speaker.name || actorCode(m.speaker))));
      }
    }
  }
  return root;
}

function legend() {
  return el('p', { class: 'legend' }, ['entity', 'event', 'quote', 'date', 'figure'].map((k) => el('span', { class: 'hl ' + k }, k)));
}

function section(title, items) {
  return items.length ? [el('h3', {}, title), el('ul', { class: 'side-list' }, items)] : [];
}

/** The side panel: the reading, listed. */
export function sidePanel(r) {
  const people = new Map();
  for (const e of r.entities || []) if (!DATE_TYPES.has(e.type)) people.set(e.text + '|' + e.type, e);
  return el('aside', { class: 'reading-side' },
    section('Events', (r.events || []).map((ev) => el('li', { class: 'side-event' },
      el('strong', {}, ev.plover), ' ', ev.source_name || '?', ' → ', ev.target_name || '?',
      ev.event_id ? [' ', el('a', { href: '#event/' + encodeURIComponent(ev.event_id) }, 'event')] : null,
      evText(ev.evidence) ? el('div', { class: 'muted small' }, evText(ev.evidence)) : null))),
    section('Quotes', (r.quotes || []).map((q) => el('li', { class: 'side-quote' },
      el('q', {}, q.text), ' ', el('span', { class: 'speaker' }, '— ' + (q.speaker ? q.speaker.name || actorCode(q.speaker) : 'unattributed'))))),
    section('Entities', [...people.values()].map((e) => el('li', {},
      e.actor ? el('button', { type: 'button', class: 'link', on: { click: () => setFilters({ actor: e.actor.name || actorCode(e.actor) }) } }, e.text) : e.text,
      ' ', el('span', { class: 'muted' }, [e.type, actorCode(e.actor), e.actor && e.actor.role].filter(Boolean).join(' · '))))),
    section('Figures', (r.figures || []).map((f) => el('li', {}, f.text || '', ' ', el('span', { class: 'muted' },
      [f.qualifier, f.value, f.unit].filter((x) => x !== null && x !== undefined).join(' '))))),
    section('Dates', (r.timexes || []).map((t) => el('li', {}, t.text, ' ', el('span', { class: 'muted' }, t.value || '')))),
    section('Duplicates', (r.duplicates || []).map((d) => el('li', {},
      el('a', { href: '#article/' + encodeURIComponent(d.article_id) }, d.outlet || d.article_id), ' ',
      el('span', { class: 'muted' }, d.similarity != null ? `${Math.round(d.similarity * 100)}%` : '')))));
}

export function readingView(text, r) {
  return el('div', { class: 'reading' }, el('div', { class: 'reading-main' }, legend(), highlighted(text, r)), sidePanel(r));
}

export async function showArticle(id, root) {
  clear(root).append(el('p', { class: 'muted' }, 'Loading…'));
  const r = await api.article(id);
  const a = r.article;
  clear(root).append(
    el('p', {}, el('a', { href: '#', on: { click: (e) => { e.preventDefault(); history.back(); } } }, '← back')),
    el('h2', { class: 'article-title' }, a.title || 'Untitled article'),
    el('p', { class: 'meta' }, el('strong', {}, a.outlet || ''), ' ', el('span', {}, a.published || ''), ' ',
      el('span', { class: 'muted' }, a.language || ''), ' ', safeLink(a.url, 'original'),
      a.duplicate_of ? [' ', el('a', { href: '#article/' + encodeURIComponent(a.duplicate_of) }, 'near-copy of an earlier article')] : null),
    readingView(a.text || '', r));
}

/** /api/read answers the reading format (READING-FORMAT.md): bring it to the shape of /api/articles/{id}. */
export function fromReading(reading) {
  return {
    entities: reading.entities || [],
    timexes: reading.timexes || [],
    quotes: reading.quotes || [],
    events: (reading.events || []).map((ev) => ({
      local_id: ev.id, start: ev.evidence?.start, end: ev.evidence?.end, evidence: ev.evidence?.text,
      plover: ev.plover + (ev.mode ? '/' + ev.mode : ''), source_name: ev.source?.name || actorCode(ev.source),
      target_name: ev.target?.name || actorCode(ev.target), date: ev.date, factuality: ev.factuality })),
    figures: (reading.figures || []).map((f) => ({ ...f, start: f.start ?? f.evidence?.start, end: f.end ?? f.evidence?.end,
      text: f.text ?? f.evidence?.text })),
  };
}
