package org.diurna.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.diurna.corpus.Ingester;
import org.diurna.ingest.Input;
import org.diurna.model.Article;
import org.diurna.model.WebUrl;
import org.diurna.store.ArticleDetail;
import org.diurna.store.ArticleRow;
import org.diurna.store.EventStore;

/** GET /api/articles/{id}; POST /api/articles (Bearer token). */
final class ArticleRoutes {
    private final EventStore store;
    private final Ingester ingester;
    private final byte[] token;

    /** {@code ingester} and {@code token} are null when ingestion is off. */
    ArticleRoutes(EventStore store, Ingester ingester, String token) {
        this.store = store;
        this.ingester = ingester;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void register(Javalin app) {
        app.get("/api/articles/{id}", this::one);
        app.post("/api/articles", this::post);
    }

    private void one(Context ctx) {
        Params.of(ctx);
        String id = ctx.pathParam("id");
        ArticleDetail d = store.articleDetail(id)
                .orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
        ObjectNode o = Json.object();
        ArticleRow a = d.article();
        ObjectNode art = o.putObject("article");
        art.put("id", a.articleId());
        art.put("source", a.source());
        art.put("url", a.url());
        art.put("outlet", a.outlet());
        art.put("title", a.title());
        art.put("published", a.published() == null ? null : a.published().toString());
        art.put("language", a.language());
        art.put("text", a.text());
        art.put("duplicate_of", a.duplicateOf());
        ArrayNode entities = o.putArray("entities");
        for (ArticleDetail.Entity e : d.entities()) {
            ObjectNode n = entities.addObject();
            n.put("start", e.start());
            n.put("end", e.end());
            n.put("text", e.text());
            n.put("type", e.type());
            n.set("actor", actor(e.actor(), true));
            n.set("place", Json.place(e.place()));
        }
        ArrayNode events = o.putArray("events");
        for (ArticleDetail.Told t : d.events()) {
            ObjectNode n = events.addObject();
            n.put("event_id", t.eventId());
            n.put("local_id", t.localId());
            n.put("start", t.start());
            n.put("end", t.end());
            n.put("evidence", t.evidence());
            n.put("plover", t.plover());
            n.put("source_name", t.sourceName());
            n.put("target_name", t.targetName());
        }
        ArrayNode quotes = o.putArray("quotes");
        for (ArticleDetail.QuoteRow q : d.quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("start", q.start());
            n.put("end", q.end());
            n.put("text", q.text());
            n.set("speaker", actor(q.speaker(), false));
        }
        ArrayNode figures = o.putArray("figures");
        for (ArticleDetail.FigureRow f : d.figures()) {
            ObjectNode n = figures.addObject();
            n.put("start", f.start());
            n.put("end", f.end());
            n.put("text", f.text());
            n.put("value", f.value());
            n.put("qualifier", f.qualifier());
            n.put("unit", f.unit());
        }
        ArrayNode dups = o.putArray("duplicates");
        for (ArticleDetail.Duplicate x : d.duplicates()) {
            ObjectNode n = dups.addObject();
            n.put("article_id", x.articleId());
            n.put("outlet", x.outlet());
            n.put("url", x.url());
            n.put("similarity", x.similarity());
        }
        Json.send(ctx, 200, o);
    }

    private static com.fasterxml.jackson.databind.JsonNode actor(ArticleDetail.ActorRef a, boolean withRole) {
        if (a == null) return Json.MAPPER.nullNode();
        ObjectNode n = Json.object();
        n.put("name", a.name());
        n.put("country", a.country());
        n.put("sector", a.sector());
        if (withRole) n.put("role", a.role());
        return n;
    }

    private void post(Context ctx) {
        Params.of(ctx);
        if (token == null) {
            throw new ApiException(403, "Forbidden", "ingestion is off: start the server with a token", null);
        }
        String auth = ctx.header("Authorization");
        byte[] given = auth != null && auth.startsWith("Bearer ")
                ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "Unauthorized", "missing or wrong Bearer token", null);
        }
        Article a = ArticleBody.parse(ctx, ArticleBody.INGEST);
        String url = WebUrl.orNull(a.url());
        Input in = Input.of(url != null ? url : "api", "api", a);
        Ingester.Posted r = ingester.ingestOne(in);
        if (r.rejection() != null) {
            throw new ApiException(422, "Rejected", "the article was rejected (" + r.rejection().code() + "): "
                    + r.rejection().detail(), null);
        }
        ObjectNode o = Json.object();
        o.put("article_id", r.articleId());
        o.put("stored", r.stored());
        o.put("duplicate_of", r.duplicateOf());
        o.put("events", r.events());
        ArrayNode warnings = o.putArray("warnings");
        in.warnings().forEach(w -> warnings.addObject().put("code", w.code()).put("detail", w.detail()));
        Json.send(ctx, r.stored() ? 201 : 200, o);
    }
}
