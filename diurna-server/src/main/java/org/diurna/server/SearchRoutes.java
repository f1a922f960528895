package org.diurna.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import org.diurna.search.Hit;
import org.diurna.search.SearchIndex;
import org.diurna.search.SearchQuery;
import org.diurna.search.SearchResult;
import org.diurna.store.ActorSummary;
import org.diurna.store.EventStore;

/** GET /api/search (full text over articles) and /api/actors (autocomplete). */
final class SearchRoutes {
    private final EventStore store;
    private final SearchIndex index;

    SearchRoutes(EventStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    void register(Javalin app) {
        app.get("/api/search", this::search);
        app.get("/api/actors", this::actors);
    }

    private void search(Context ctx) {
        Params p = Params.of(ctx, "q", "from", "to", "actor", "lang", "limit", "offset");
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.order(from, to);
        int limit = p.integer("limit", 1, 100, SearchQuery.DEFAULT_LIMIT);
        int offset = p.integer("offset", 0, 10_000, 0);
        SearchQuery q = SearchQuery.of(p.string("q")).between(from, to).withActor(p.code("actor"))
                .inLanguage(p.language("lang")).page(limit, offset);
        SearchResult r = index.search(q);
        ObjectNode o = Json.object();
        o.put("total", r.total());
        ArrayNode hits = o.putArray("hits");
        for (Hit h : r.hits()) {
            ObjectNode n = hits.addObject();
            n.put("article_id", h.articleId());
            n.put("score", h.score());
            n.put("title", h.title());
            n.put("published", h.published() == null ? null : h.published().toString());
            n.put("outlet", h.outlet());
            n.put("url", h.url());
            n.put("snippet", h.snippet());
        }
        Json.send(ctx, 200, o);
    }

    private void actors(Context ctx) {
        Params p = Params.of(ctx, "q", "limit");
        int limit = p.integer("limit", 1, 100, 10);
        ObjectNode o = Json.object();
        ArrayNode actors = o.putArray("actors");
        for (ActorSummary a : store.actors(p.string("q"), limit)) {
            ObjectNode n = actors.addObject();
            n.put("actor_id", a.actorId());
            n.put("name", a.name());
            n.put("country", a.country());
            n.put("sector", a.sector());
            n.put("role", a.role());
            n.put("mentions", a.mentions());
        }
        Json.send(ctx, 200, o);
    }
}
