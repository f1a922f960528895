package org.diurna.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One row of the {@code articles} table, with the actor codes of the events it tells (for rebuilding the search
 * index from the database).
 *
 * @param duplicateOf the article it nearly copies, or null for an original
 * @param actorCodes  country and country+sector codes ("TUR", "TURGOV") of the sources and targets of the stored
 *                    events this article mentions, sorted
 */
public record ArticleRow(String articleId, long ingestSeq, String source, String url, String outlet, String title,
                         LocalDate published, String language, String text, String duplicateOf, double similarity,
                         LocalDateTime ingestedAt, List<String> actorCodes) {
    public ArticleRow {
        actorCodes = List.copyOf(actorCodes);
    }

    public boolean duplicate() { return duplicateOf != null; }
}
