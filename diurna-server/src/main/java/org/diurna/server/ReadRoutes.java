package org.diurna.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.diurna.Diurna;
import org.diurna.model.Article;
import org.diurna.model.Problem;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Limits;
import org.diurna.pipeline.Pipeline;
import org.diurna.reading.ReadingJson;

/**
 * POST /api/read: the reading of a posted text, not stored. A reading holds a core for seconds, so at most
 * {@code maxReads} run at once (429 with Retry-After beyond), each within the reader's {@link Limits} and the
 * server's read timeout (503 when stopped); a text the reader refuses is the client's problem (413 too large, 422
 * otherwise: empty, binary, not French or English), never a 500, which is kept for a stage that failed on the text
 * ("internal-error").
 */
final class ReadRoutes {
    /** How a refusal of the reader is answered, by its problem code. */
    private static final Map<String, Integer> STATUS = Map.of("too-large", 413, "time-budget", 503,
            "internal-error", 500);
    private static final String RETRY_SECONDS = "5";

    private final boolean enabled;
    private final Semaphore slots;
    private final Pipeline pipeline;

    ReadRoutes(ServerConfig cfg) {
        this.enabled = cfg.readEnabled();
        this.slots = new Semaphore(cfg.maxReads());
        this.pipeline = Diurna.pipeline().withLimits(Limits.DEFAULT.withTimeBudget(cfg.readTimeout()));
    }

    void register(Javalin app) {
        app.post("/api/read", this::read);
    }

    private void read(Context ctx) {
        Params.of(ctx);
        if (!enabled) throw new ApiException(403, "Forbidden", "reading is turned off on this server", null);
        Article a = ArticleBody.parse(ctx, ArticleBody.READ);
        if (!slots.tryAcquire()) {
            ctx.header("Retry-After", RETRY_SECONDS);
            throw new ApiException(429, "Too many requests", "the server is reading as many texts as it can at once;"
                    + " retry in " + RETRY_SECONDS + " s", null);
        }
        Document doc;
        try {
            doc = pipeline.run(a);
        } finally {
            slots.release();
        }
        if (doc.rejected()) {
            Problem p = doc.rejection();
            int status = STATUS.getOrDefault(p.code(), 422);
            if (status == 503) ctx.header("Retry-After", RETRY_SECONDS);
            throw new ApiException(status, status == 422 ? "Unreadable text" : status == 413 ? "Content too large"
                    : "Reading stopped", p.detail() + " [" + p.code() + "]", "text");
        }
        Json.send(ctx, 200, ReadingJson.of(doc));
    }
}
