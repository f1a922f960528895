// Tiny DOM helpers. Text is only ever inserted as text nodes: article text is untrusted.
export function el(tag, attrs = {}, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') n.className = v;
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) n.addEventListener(ev, fn);
    else if (k === 'dataset') Object.assign(n.dataset, v);
    else n.setAttribute(k, String(v));
  }
  append(n, children);
  return n;
}

export function append(n, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    n.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return n;
}

export function clear(n) { while (n.firstChild) n.removeChild(n.firstChild); return n; }

/** A link only when the URL is http(s); anything else is shown as plain text. */
export function safeLink(url, label) {
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
    return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer nofollow' }, label || url);
  }
  return el('span', {}, label || url || '');
}

export function actorCode(p) {
  if (!p) return '';
  return [p.country, p.sector].filter(Boolean).join(' ');
}

export function showError(err) {
  const s = clear(document.getElementById('status'));
  const p = err && err.problem;
  s.append(el('span', { class: 'error' }, p ? `${p.title || 'Error'}${p.detail ? ': ' + p.detail : ''}${p.param ? ` (${p.param})` : ''}`
    : String(err && err.message || err)));
}


/** Evidence comes as a sentence or as {text, start, end, ...}. */
export function evText(x) {
  if (x === null || x === undefined) return '';
  return typeof x === 'string' ? x : (x.text || '');
}
