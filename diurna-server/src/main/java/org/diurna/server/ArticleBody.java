package org.diurna.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import org.diurna.ingest.HtmlArticles;
import org.diurna.model.Article;

/** The JSON body of POST /api/read and /api/articles: {text|html, language?, published?, title?[, url, outlet]}. */
final class ArticleBody {
    static final Set<String> READ = Set.of("text", "html", "language", "published", "title");
    static final Set<String> INGEST = Set.of("text", "html", "language", "published", "title", "url", "outlet");
    /** The request attribute holding the largest body accepted (set by the server for every request). */
    static final String MAX_BODY = "diurna.maxBody";

    private ArticleBody() {}

    static Article parse(Context ctx, Set<String> allowed) {
        JsonNode body;
        try {
            Long max = ctx.attribute(MAX_BODY);
            body = Json.MAPPER.readTree(Bodies.json(ctx, max == null ? ServerConfig.DEFAULT_MAX_BODY : max));
        } catch (IOException e) {
            throw new ApiException(400, "Bad body", "the body is not valid JSON", "body");
        }
        if (body == null || !body.isObject()) {
            throw new ApiException(400, "Bad body", "the body must be a JSON object", "body");
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) throw ApiException.badParam(f, "unknown field '" + f + "'");
            if (!body.get(f).isTextual() && !body.get(f).isNull()) {
                throw ApiException.badParam(f, "field '" + f + "' must be a string");
            }
        }
        String text = text(body, "text");
        String html = text(body, "html");
        if ((text == null) == (html == null)) {
            throw ApiException.badParam(text == null ? "text" : "html", "give exactly one of 'text' and 'html'");
        }
        if (html != null) text = HtmlArticles.text(html);
        String language = text(body, "language");
        if (language != null && !language.matches("[a-z]{2,3}")) {
            throw ApiException.badParam("language", "not a language code: '" + language + "'");
        }
        LocalDate published = null;
        String p = text(body, "published");
        if (p != null) {
            try {
                published = LocalDate.parse(p);
            } catch (DateTimeParseException e) {
                throw ApiException.badParam("published", "not a date YYYY-MM-DD: '" + p + "'");
            }
        }
        String url = text(body, "url");
        return new Article(url != null ? url : "api", text, published, text(body, "title"), url,
                text(body, "outlet"), language);
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }
}
