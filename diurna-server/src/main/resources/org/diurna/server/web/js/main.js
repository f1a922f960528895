// Wires the dashboard: the URL is the state; every change refreshes every panel.
import { api } from './api.js';
import { clear, showError } from './dom.js';
import { readState, onChange } from './state.js';
import { initFilters, renderFilters } from './filters.js';
import { renderEvents, showEvent } from './events.js';
import { renderTimeline, renderMap, renderNetwork } from './charts.js';
import { showArticle } from './article.js';
import { initRead } from './read.js';

const views = ['dash', 'event', 'article', 'read'];

function show(name) {
  for (const v of views) document.getElementById('view-' + v).hidden = v !== name;
  document.getElementById('search').hidden = name === 'read';
  document.body.dataset.view = name;
}

let generation = 0;
async function refresh(state) {
  const mine = ++generation;
  clear(document.getElementById('status'));
  renderFilters(state);
  const hash = decodeURIComponent(location.hash.slice(1));
  document.body.dataset.ready = 'false';
  try {
    if (hash.startsWith('event/')) { show('event'); await showEvent(hash.slice(6), document.getElementById('view-event')); }
    else if (hash.startsWith('article/')) { show('article'); await showArticle(hash.slice(8), document.getElementById('view-article')); }
    else if (hash === 'read') { show('read'); }
    else {
      show('dash');
      const [events, timeline, network] = await Promise.all([
        api.events(state, { sort: 'mentions', limit: 200 }), api.timeline(state), api.network(state)]);
      if (mine !== generation) return;
      renderEvents(events);
      renderTimeline(timeline);
      renderNetwork(network);
      await renderMap(events.events);
    }
  } catch (err) {
    showError(err);
  } finally {
    if (mine === generation) document.body.dataset.ready = 'true';
  }
}

initFilters();
initRead();
onChange(refresh);
refresh(readState());
