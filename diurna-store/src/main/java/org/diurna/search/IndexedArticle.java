package org.diurna.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the search index keeps of an article: enough to find it and to show a hit without going to the database.
 *
 * @param articleId  the article's id in the database; the index holds at most one document per id
 * @param language   "fr", "en" or any other code (analysed language-neutrally); null when unknown
 * @param title      the headline, or null
 * @param text       the body, stored for snippets, or null
 * @param published  the publication date, or null (such an article never matches a date-range filter)
 * @param outlet     the outlet or agency ("AFP"), or null
 * @param url        where it was read, or null
 * @param actorCodes actors the article's events involve, "TUR", "TURGOV" or "RUS GOV"; null means none
 * @param duplicate  true for a near-duplicate of an earlier article (hidden from searches unless asked for)
 */
public record IndexedArticle(String articleId, String language, String title, String text, LocalDate published,
                             String outlet, String url, List<String> actorCodes, boolean duplicate) {
    public IndexedArticle {
        Objects.requireNonNull(articleId, "articleId");
        if (articleId.isBlank()) throw new IllegalArgumentException("blank article id");
        // List.copyOf rejects null elements; a stray null from a reading is not worth failing an ingest for
        List<String> codes = new ArrayList<>();
        if (actorCodes != null) for (String c : actorCodes) if (c != null) codes.add(c);
        actorCodes = List.copyOf(codes);
    }
}
