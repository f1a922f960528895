package org.diurna.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One article's telling of a stored event: the evidence that backs it.
 *
 * @param localId     the event's id in that article's reading ("e1")
 * @param duplicateOf set when the article is a near-duplicate of another stored article
 * @param start       evidence start, UTF-16 offset in the article text (null when the reading gave no evidence)
 * @param end         evidence end, exclusive
 */
public record EventMention(String mentionId, String eventId, String articleId, String localId, String url,
                           String outlet, LocalDate published, String duplicateOf, Integer start, Integer end,
                           String evidence, String trigger, String factuality, String date,
                           List<String> attributedTo, String sourceName, String targetName) {
    public EventMention {
        attributedTo = List.copyOf(attributedTo);
    }
}
