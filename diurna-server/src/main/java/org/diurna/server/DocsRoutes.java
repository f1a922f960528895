package org.diurna.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** GET /openapi.json (the hand-written OpenAPI 3.0 description) and /docs (a page that lists it). */
final class DocsRoutes {
    static final String OPENAPI = "/org/diurna/server/openapi.json";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Diurna API</title>
            <link rel="stylesheet" href="/docs.css"></head>
            <body><h1>Diurna HTTP API</h1><p>From <a href="/openapi.json">/openapi.json</a>.</p>
            <div id="api">Loading…</div><script src="/docs.js"></script></body></html>
            """;
    private static final String CSS = """
            body{font:15px/1.4 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
            .op{border:1px solid #ccc;border-radius:4px;margin:1em 0;padding:.5em 1em}
            .m{font-weight:bold;text-transform:uppercase;margin-right:.5em}.get{color:#06c}.post{color:#080}
            code{background:#f4f4f4;padding:0 .2em}table{border-collapse:collapse}td,th{padding:.2em .6em;
            text-align:left;border-bottom:1px solid #eee;vertical-align:top}
            """;
    private static final String SCRIPT = """
            'use strict';
            fetch('/openapi.json').then(r => r.json()).then(doc => {
              const root = document.getElementById('api');
              root.textContent = '';
              const el = (tag, text, cls) => { const e = document.createElement(tag);
                if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
              for (const [path, item] of Object.entries(doc.paths)) {
                for (const [method, op] of Object.entries(item)) {
                  if (method === 'parameters') continue;
                  const box = el('div', undefined, 'op');
                  const h = el('h3'); h.append(el('span', method, 'm ' + method), el('code', path));
                  box.append(h, el('p', op.summary || ''));
                  if (op.description) box.append(el('p', op.description));
                  const params = (item.parameters || []).concat(op.parameters || []);
                  if (params.length) {
                    const t = el('table'); const hr = el('tr');
                    ['name', 'in', 'type', 'description'].forEach(c => hr.append(el('th', c))); t.append(hr);
                    for (let p of params) {
                      if (p.$ref) p = p.$ref.split('/').slice(1).reduce((o, k) => o[k], doc);
                      const tr = el('tr'); const s = p.schema || {};
                      tr.append(el('td', p.name + (p.required ? ' *' : '')), el('td', p.in),
                        el('td', (s.type || '') + (s.enum ? ' (' + s.enum.join('|') + ')' : '')),
                        el('td', p.description || ''));
                      t.append(tr);
                    }
                    box.append(t);
                  }
                  const codes = Object.entries(op.responses || {}).map(([c, r]) => c + ' ' + (r.description || ''));
                  box.append(el('p', 'Responses: ' + codes.join('; ')));
                  root.append(box);
                }
              }
            }).catch(e => { document.getElementById('api').textContent = 'Cannot load /openapi.json: ' + e; });
            """;

    private final String openapi;

    DocsRoutes() {
        try (InputStream in = DocsRoutes.class.getResourceAsStream(OPENAPI)) {
            if (in == null) throw new IllegalStateException("missing resource " + OPENAPI);
            openapi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(Javalin app) {
        app.get("/openapi.json", ctx -> send(ctx, "application/json", openapi));
        app.get("/docs", ctx -> send(ctx, "text/html", PAGE));
        app.get("/docs.js", ctx -> send(ctx, "text/javascript", SCRIPT));
        app.get("/docs.css", ctx -> send(ctx, "text/css", CSS));
    }

    private static void send(Context ctx, String type, String body) {
        Params.of(ctx);
        ctx.contentType(type + "; charset=utf-8").result(body);
    }
}
