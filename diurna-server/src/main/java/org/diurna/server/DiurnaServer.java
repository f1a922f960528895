package org.diurna.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.diurna.corpus.Ingester;
import org.diurna.corpus.Reconcile;
import org.diurna.search.SearchIndex;
import org.diurna.store.EventStore;

/**
 * The HTTP API of docs/api.md and the dashboard, over one event database opened once. Binds 127.0.0.1 unless told
 * otherwise. Every error is answered as RFC 9457 problem JSON.
 *
 * <pre>{@code
 * try (DiurnaServer s = DiurnaServer.start(ServerConfig.of(db).withPort(0))) { ... s.port() ... }
 * }</pre>
 */
public final class DiurnaServer implements AutoCloseable {
    /** Where the dashboard lives on the classpath. */
    static final String WEB = "/org/diurna/server/web";
    /** Scripts, styles, images and connections from this server only. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    private static final String PROBLEM = "application/problem+json";

    private final Javalin app;
    private final EventStore store;
    private final SearchIndex index;
    private final List<String> routes;
    /** A search index built for this server alone (Parquet tables), deleted on close; else null. */
    private Path temporary;

    private DiurnaServer(Javalin app, EventStore store, SearchIndex index, List<String> routes) {
        this.app = app;
        this.store = store;
        this.index = index;
        this.routes = List.copyOf(routes);
    }

    /**
     * Opens the database of {@code cfg} and starts serving it; the port is {@link #port()}.
     *
     * @throws org.diurna.store.DatabaseInUseException when another process holds the database
     * @throws ListenException when the address cannot be listened on (the port is taken)
     */
    public static DiurnaServer start(ServerConfig cfg) {
        EventStore store = EventStore.open(cfg.db());
        SearchIndex index = null;
        try {
            index = SearchIndex.open(cfg.db().resolve("lucene"));
            // the search index may lag the database after a crash: the Ingester repairs it, and without one so does this
            if (cfg.token() == null) Reconcile.index(store, index);
            return start(cfg, store, index, cfg.token() == null ? null : new Ingester(store, index));
        } catch (RuntimeException e) {
            if (index != null) index.close();
            store.close();
            throw e;
        }
    }

    /**
     * Serves the Parquet tables that {@code diurna cluster} wrote in {@code cfg.db()}: the same API and dashboard,
     * read in place through DuckDB views. Read-only (a token is refused); the search index is built in a temporary
     * folder at start-up from the articles table, and removed on close.
     */
    public static DiurnaServer startParquet(ServerConfig cfg) {
        if (cfg.token() != null) {
            throw new IllegalArgumentException("Parquet tables are read-only: serve them without --token");
        }
        EventStore store = EventStore.openParquet(cfg.db());
        SearchIndex index = null;
        try {
            Path tmp = java.nio.file.Files.createTempDirectory("diurna-lucene");
            index = SearchIndex.open(tmp);
            Reconcile.index(store, index);
            DiurnaServer server = start(cfg, store, index, null);
            server.temporary = tmp;
            return server;
        } catch (java.io.IOException e) {
            store.close();
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (index != null) index.close();
            store.close();
            throw e;
        }
    }

    private static DiurnaServer start(ServerConfig cfg, EventStore store, SearchIndex index, Ingester ingester) {
        List<String> routes = new CopyOnWriteArrayList<>();
        Javalin app = create(cfg, store, index, ingester, routes);
        try {
            app.start(cfg.host(), cfg.port());
        } catch (JavalinBindException e) {
            app.stop();
            throw new ListenException(cfg.host(), cfg.port(), bindReason(e), e);
        }
        return new DiurnaServer(app, store, index, routes);
    }

    /** What the system said about the bind ("Address already in use"): Javalin words every failure as a port in use. */
    private static String bindReason(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException && t.getMessage() != null) return t.getMessage();
        }
        return e.getMessage();
    }

    private static Javalin create(ServerConfig cfg, EventStore store, SearchIndex index, Ingester ingester,
                                  List<String> routes) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.events(ev -> ev.handlerAdded(h -> {
                if (h.getHttpMethod().isHttpMethod()) routes.add(h.getHttpMethod().name() + " " + h.getPath());
            }));
            config.http.maxRequestSize = cfg.maxBodyBytes();
            config.http.defaultContentType = "application/json";
            // a known path asked with another method is 405, not 404
            config.http.prefer405over404 = true;
            // the web server's own refusals (bad request line, URI or headers too long) are problem JSON too
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            if (DiurnaServer.class.getResource(WEB) != null) {
                config.staticFiles.add(sf -> {
                    sf.hostedPath = "/";
                    sf.directory = WEB;
                    sf.location = Location.CLASSPATH;
                });
            }
            config.staticFiles.enableWebjars();
        });
        HostGuard hosts = new HostGuard(cfg);
        app.before(ctx -> {
            ctx.attribute(ArticleBody.MAX_BODY, cfg.maxBodyBytes());
            hosts.check(ctx);
            Params.checkPath(ctx);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("Referrer-Policy", "no-referrer");
            if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")) {
                String length = ctx.header("Content-Length");
                if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > cfg.maxBodyBytes()) {
                    throw tooLarge(cfg.maxBodyBytes());
                }
            }
        });
        ResponseCache cache = new ResponseCache(store);
        app.before("/api/*", ctx -> {
            ctx.attribute("diurna.generation", store.generation());
            if (cache.before(ctx)) ctx.skipRemainingHandlers();
        });
        app.after("/api/*", ctx -> {
            Long generation = ctx.attribute("diurna.generation");
            if (generation != null) cache.after(ctx, generation);
        });
        new EventRoutes(store, index).register(app);
        new ArticleRoutes(store, ingester, cfg.token()).register(app);
        new SearchRoutes(store, index).register(app);
        new ReadRoutes(cfg).register(app);
        new DocsRoutes().register(app);
        app.exception(ApiException.class, (e, ctx) -> problem(ctx, e.status(), e.title(), e.getMessage(), e.param()));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 413) {
                problem(ctx, 413, "Content too large", "the body is over " + cfg.maxBodyBytes() + " bytes", null);
            } else {
                problem(ctx, e.getStatus(), e.getMessage(), e.getMessage(), null);
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            problem(ctx, 500, "Internal error", "the server failed to answer: " + e.getClass().getSimpleName(), null);
        });
        app.error(404, ctx -> {
            if (!isProblem(ctx)) problem(ctx, 404, "Not found", "no such resource: " + ctx.path(), null);
        });
        app.error(405, ctx -> {
            if (!isProblem(ctx)) problem(ctx, 405, "Method not allowed", ctx.method() + " " + ctx.path(), null);
        });
        app.after(ctx -> {
            // static files of unknown charset are sent as "text/html;charset=null": every page here is UTF-8
            String type = ctx.res().getContentType();
            if (type != null && type.endsWith("charset=null")) {
                ctx.res().setContentType(type.substring(0, type.length() - "null".length()) + "utf-8");
            }
        });
        return app;
    }

    private static ApiException tooLarge(long max) {
        return Bodies.tooLarge(max);
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(PROBLEM);
    }

    private static void problem(Context ctx, int status, String title, String detail, String param) {
        ObjectNode o = Json.object();
        o.put("type", "about:blank");
        o.put("title", title);
        o.put("status", status);
        o.put("detail", detail);
        o.put("instance", ctx.path());
        if (param != null) o.put("param", param);
        Json.send(ctx, status, o, PROBLEM);
    }

    /** The routes served, as "GET /api/events" (for checking the OpenAPI document against them). */
    public List<String> routes() {
        return routes;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Stops serving and closes the database and the search index. */
    @Override public void close() {
        try {
            app.stop();
        } finally {
            try {
                index.close();
            } finally {
                store.close();
                if (temporary != null) deleteTree(temporary);
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = java.nio.file.Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary index left behind is harmless; the system cleans its temporary folder
        }
    }
}
