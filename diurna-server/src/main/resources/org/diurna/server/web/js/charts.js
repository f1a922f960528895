// Timeline (ECharts stacked bars), world map (ECharts scatter on a bundled Natural Earth map), actor network (Cytoscape).
import { el, clear } from './dom.js';
import { setFilters } from './state.js';

const PALETTE = ['#3b6ea5', '#d08c2f', '#4f9a6b', '#b5523b', '#7a5ea8', '#5a8fa0', '#a07a4f', '#8a8a3a',
  '#c46f94', '#4b5d73', '#9c3d3d', '#3d8f8f', '#6b6b6b', '#b38f00', '#2f6f4f', '#7f3f7f'];
const charts = {};

function chart(id) {
  const node = document.getElementById(id);
  if (!window.echarts) { clear(node).append(el('p', { class: 'muted' }, 'Charts unavailable.')); return null; }
  if (!charts[id]) {
    charts[id] = window.echarts.init(node, null, { renderer: 'canvas' });
    new ResizeObserver(() => charts[id].resize()).observe(node);
  }
  return charts[id];
}

export function renderTimeline(data) {
  const c = chart('timeline');
  if (!c) return;
  const days = [...new Set(data.series.flatMap((s) => s.points.map((p) => p[0])))].sort();
  c.setOption({
    animation: false,
    color: PALETTE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 40, right: 10, top: 36, bottom: 30, containLabel: true },
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'value', minInterval: 1 },
    series: data.series.map((s) => {
      const m = new Map(s.points);
      return { name: s.type, type: 'bar', stack: 'events', emphasis: { focus: 'series' }, data: days.map((d) => m.get(d) || 0) };
    }),
  }, true);
  c.off('click');
  c.on('click', (p) => setFilters({ type: p.seriesName, from: p.name, to: p.name }));
}

let mapReady = null;
function loadMap() {
  if (!mapReady) {
    mapReady = fetch(new URL('../world.geo.json', import.meta.url)).then((r) => r.json()).then((geo) => {
      window.echarts.registerMap('world', geo);
      return new Map(geo.features.map((f) => [f.properties.name, f.properties.iso3]));
    });
  }
  return mapReady;
}

export async function renderMap(events) {
  const c = chart('map');
  if (!c) return;
  const iso = await loadMap();
  const places = new Map();
  for (const ev of events) {
    const p = ev.place;
    if (!p || p.lat == null || p.lon == null) continue;
    const key = `${p.name}|${p.lat}|${p.lon}`;
    const cur = places.get(key) || { name: p.name || p.country, value: [p.lon, p.lat, 0], country: p.country };
    cur.value[2] += 1;
    places.set(key, cur);
  }
  const max = Math.max(1, ...[...places.values()].map((p) => p.value[2]));
  c.setOption({
    animation: false,
    tooltip: { trigger: 'item', formatter: (p) => (p.seriesType === 'scatter'
      ? `${esc(p.name)}: ${p.value[2]} events` : esc(p.name)) },
    geo: { map: 'world', roam: true, boundingCoords: [[-170, 80], [190, -58]], left: 4, right: 4, top: 'middle', itemStyle: { areaColor: '#e9ecef', borderColor: '#aab2bd' },
      emphasis: { itemStyle: { areaColor: '#cfd8e3' }, label: { show: false } }, selectedMode: false },
    series: [{ type: 'scatter', coordinateSystem: 'geo', data: [...places.values()],
      symbolSize: (v) => 8 + 22 * Math.sqrt(v[2] / max), itemStyle: { color: '#b5523b', opacity: 0.8 } }],
  }, true);
  c.off('click');
  c.on('click', (p) => {
    if (p.componentType === 'series' && p.data && p.data.country) setFilters({ place: p.data.country });
    else if (p.componentType === 'geo' && iso.get(p.name)) setFilters({ place: iso.get(p.name) });
  });
}

/** ECharts tooltips are HTML: escape. */
function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch]));
}

let cy = null;
export function renderNetwork(data) {
  const node = document.getElementById('network');
  if (!window.cytoscape) { clear(node).append(el('p', { class: 'muted' }, 'Network unavailable.')); return; }
  const maxN = Math.max(1, ...data.nodes.map((n) => n.events || 1));
  const maxE = Math.max(1, ...data.edges.map((e) => e.events || 1));
  const ids = new Set(data.nodes.map((n) => n.id));
  const elements = [
    ...data.nodes.map((n) => ({ data: { id: n.id, label: n.id, country: n.country, size: 18 + 30 * Math.sqrt((n.events || 1) / maxN) } })),
    ...data.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e, i) => ({ data: {
      id: 'e' + i, source: e.source, target: e.target, w: 1 + 7 * (e.events || 1) / maxE,
      label: Object.keys(e.types || {}).join(' ') } })),
  ];
  if (cy) cy.destroy();
  cy = window.cytoscape({
    container: node, elements, wheelSensitivity: 0.3,
    layout: { name: elements.length > 2 ? 'cose' : 'grid', animate: false, padding: 20 },
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#3b6ea5',
        'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, color: '#222' } },
      { selector: 'edge', style: { width: 'data(w)', 'line-color': '#9aa5b1', 'target-arrow-color': '#9aa5b1',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#666' } },
    ],
  });
  cy.on('tap', 'node', (e) => setFilters({ actor: e.target.id() }));
  cy.on('tap', 'edge', (e) => {
    const a = cy.getElementById(e.target.data('source')).data('country');
    const b = cy.getElementById(e.target.data('target')).data('country');
    if (a && b) setFilters({ dyad: `${a},${b}` });
  });
  window.__diurnaNetwork = cy; // for tests
}
