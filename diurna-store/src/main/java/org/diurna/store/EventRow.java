package org.diurna.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.diurna.model.Place;

/**
 * One row of the {@code events} table: a happening as told by all the articles that mention it.
 *
 * @param eventNo       creation number (1, 2, ...), GDELT's GlobalEventID in exports
 * @param quadClass     GDELT QuadClass of the CAMEO root (1..4), or null for an unknown root
 * @param goldstein     Goldstein score of the CAMEO root, or null
 * @param date          ISO 8601 date as in the reading (2016-11-30, 2016-11, 2016-SU), or null
 * @param day           first day {@code date} covers, or null
 * @param place         where it happened, or null
 * @param outlets       distinct outlets of the articles that mention it, sorted
 * @param sources       distinct attributions ("Anadolu", "Kremlin") of its mentions, sorted
 * @param evidence      evidence clause of its first mention: a representative snippet
 * @param firstUrl      URL of the earliest article (by ingest order) that has one, or null
 * @param lead          true when some mention's evidence is in an article's first paragraph
 */
public record EventRow(String eventId, long eventNo, String plover, String mode, String cameo, Integer quadClass,
                       Double goldstein, EventActor source, EventActor target, boolean symmetric, String date,
                       String datePrecision, LocalDate day, Place place, String factuality, int numMentions,
                       int numArticles, int numSources, List<String> outlets, List<String> sources,
                       LocalDateTime firstReported, LocalDateTime lastReported, LocalDateTime addedAt,
                       String evidence, String firstUrl, boolean lead) implements java.io.Serializable {
    public EventRow {
        outlets = List.copyOf(outlets);
        sources = List.copyOf(sources);
    }

    /** Keyset cursor for {@link EventQuery#after}: the position of this row in the default order. */
    public String cursor() {
        return numMentions + "|" + (day == null ? "" : day) + "|" + eventId;
    }
}
