package org.diurna.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.diurna.Diurna;
import org.diurna.model.Article;
import org.diurna.pipeline.Document;
import org.diurna.reading.ReadingJson;

/** POST /api/read: the reading of a posted text, not stored. */
final class ReadRoutes {
    private final boolean enabled;

    ReadRoutes(boolean enabled) {
        this.enabled = enabled;
    }

    void register(Javalin app) {
        app.post("/api/read", this::read);
    }

    private void read(Context ctx) {
        Params.of(ctx);
        if (!enabled) throw new ApiException(403, "Forbidden", "reading is turned off on this server", null);
        Article a = ArticleBody.parse(ctx, ArticleBody.READ);
        Document doc = Diurna.read(a);
        Json.send(ctx, 200, ReadingJson.of(doc));
    }
}
