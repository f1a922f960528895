package org.diurna.ingest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's JSON-LD ({@code <script type="application/ld+json">}, schema.org NewsArticle) says about it. Sites
 * write it by hand often enough that comments, trailing commas and raw line breaks must be tolerated; a block that
 * still does not parse is ignored, as the page's other metadata may do.
 */
public record JsonLd(String datePublished, String headline, String publisher) {
    static final JsonMapper LENIENT = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS,
            JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();

    public static JsonLd of(Document doc) {
        Found f = new Found();
        for (Element script : doc.select("script[type]")) {
            if (!script.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) continue;
            try {
                f.walk(LENIENT.readTree(script.data()), 0);
            } catch (JsonProcessingException e) {
                // a broken block: the other metadata will do
            }
        }
        return new JsonLd(f.date, f.headline, f.publisher);
    }

    private static final class Found {
        String date;
        String headline;
        String publisher;

        void walk(JsonNode n, int depth) {
            if (n == null || depth > 20) return;
            if (n.isArray()) {
                for (JsonNode c : n) walk(c, depth + 1);
                return;
            }
            if (!n.isObject()) return;
            if (date == null && n.path("datePublished").isTextual()) date = n.get("datePublished").asText();
            if (headline == null && n.path("headline").isTextual()) headline = n.get("headline").asText();
            JsonNode pub = n.path("publisher");
            if (publisher == null && pub.path("name").isTextual()) publisher = pub.get("name").asText();
            for (JsonNode c : n) if (c.isContainerNode()) walk(c, depth + 1);
        }
    }
}
