package org.diurna.ingest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.diurna.ingest.HtmlArticles;
import org.diurna.ingest.IngestOptions;
import org.diurna.ingest.Input;
import org.diurna.model.Article;

/**
 * Articles given as JSON objects: {@code url, title, text} or {@code html}, {@code published} (ISO date or
 * date-time), {@code outlet, language}. An {@code html} field is read as a page (main text, metadata) when there is
 * no {@code text}; the object's own fields win over the page's.
 */
public final class JsonArticles {
    static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonArticles() {}

    /** One JSON text (a line of a JSONL file) as an article, or the problem with it. */
    public static Input parse(String json, String where, String format, IngestOptions opts) {
        JsonNode n;
        try {
            n = STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            return Problems.fail(where, format, "malformed", "not valid JSON: "
                    + Problems.brief(e.getOriginalMessage()));
        }
        return article(n, where, format, opts);
    }

    public static Input article(JsonNode n, String where, String format, IngestOptions opts) {
        if (n == null || !n.isObject()) return Problems.fail(where, format, "malformed", "not a JSON object");
        LocalDate published = null;
        if (n.hasNonNull("published")) {
            published = Dates.iso(n.get("published").asText());
            if (published == null) {
                return Problems.fail(where, format, "malformed", "published \"" + n.get("published").asText()
                        + "\" is not an ISO date (2016-11-30) or date-time (2016-11-30T08:00:00Z)");
            }
        }
        String title = TextFiles.field(n, "title");
        String url = TextFiles.field(n, "url");
        String outlet = TextFiles.field(n, "outlet");
        String language = TextFiles.field(n, "language");
        String text = n.path("text").isTextual() ? n.get("text").asText() : null;
        if (text != null && !text.isBlank()) {
            if (text.length() > opts.maxBytes()) {
                return Problems.tooLarge(where, format, "the text", text.length(), opts.maxBytes());
            }
            return Input.of(where, format, new Article(where, text, published != null ? published
                    : opts.published(), title, url, outlet, language));
        }
        if (!n.path("html").isTextual() || n.get("html").asText().isBlank()) {
            String why = text != null ? "its \"text\" is empty" : "it has no \"text\" nor \"html\" field";
            return Problems.fail(where, format, "empty", why);
        }
        Input page = HtmlArticles.read(n.get("html").asText().getBytes(StandardCharsets.UTF_8), "UTF-8", where,
                url, opts);
        if (!page.ok()) return Input.failed(where, format, page.problem());
        Article a = page.article();
        String body = a.title() == null && title != null ? title + "\n\n" + a.text() : a.text();
        // the page's URL has passed the URL rule already; its warnings (a "url" dropped) go on with the article
        return new Input(where, format, new Article(where, body, published != null ? published : a.published(),
                title != null ? title : a.title(), a.url(), outlet != null ? outlet : a.outlet(),
                language != null ? language : a.language()), null, page.warnings());
    }
}
