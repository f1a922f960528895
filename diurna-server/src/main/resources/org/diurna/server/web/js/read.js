// "Paste a dispatch": POST /api/read, shown like a stored article.
import { api } from './api.js';
import { el, clear, showError } from './dom.js';
import { readingView, fromReading } from './article.js';

export function initRead() {
  const form = document.getElementById('read-form');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = document.getElementById('read-text').value;
    const published = document.getElementById('read-date').value;
    const language = document.getElementById('read-lang').value;
    const out = clear(document.getElementById('read-result'));
    out.append(el('p', { class: 'muted' }, 'Reading…'));
    const body = { text };
    if (published) body.published = published;
    if (language) body.language = language;
    try {
      const reading = await api.read(body);
      const r = fromReading(reading);
      clear(out).append(el('h3', {}, plural(r.events.length, "event") + ", " + plural(r.quotes.length, "quote") + ", " + plural(r.entities.length, "entity", "entities")),
        readingView(text, r));
    } catch (err) {
      clear(out);
      showError(err);
    }
  });
}

function plural(n, one, many = one + 's') { return `${n} ${n === 1 ? one : many}`; }
