package org.diurna.store;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An {@link EventQuery} with the filters and orders the HTTP API adds: either participant's country, a bounding box
 * on the event's place, the articles a full-text search found, and a sort with its own keyset cursor. The base
 * query's {@code after}, {@code limit} and {@code offset} are ignored: paging is {@link #after} and {@link #limit}.
 *
 * @param base       the shared filters (actor, dyad, type, CAMEO root, days, place country, outlet, factuality)
 * @param country    ISO3 of the source or the target, or null
 * @param bbox       {minLon, minLat, maxLon, maxLat} of the event's place, or null
 * @param articleIds only events with a mention in one of these articles, or null for no such filter
 * @param sort       the order
 * @param after      a {@link #cursor(EventRow)} of the last row of the previous page in the same sort, or null
 * @param limit      at most this many rows
 */
public record EventSelection(EventQuery base, String country, double[] bbox, List<String> articleIds, Sort sort,
                             String after, int limit) {
    /** The orders of a listing; ties are broken by event id. */
    public enum Sort {
        /** Most mentioned first, then latest (undated last). */
        MENTIONS,
        /** Earliest day first, undated last. */
        DATE,
        /** Latest day first, undated last. */
        DATE_DESC;

        /** "mentions", "date" or "-date"; null for anything else. */
        public static Sort parse(String s) {
            return switch (s) {
                case "mentions" -> MENTIONS;
                case "date" -> DATE;
                case "-date" -> DATE_DESC;
                default -> null;
            };
        }
    }

    public EventSelection {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(sort, "sort");
        if (bbox != null && bbox.length != 4) throw new IllegalArgumentException("a bbox has 4 numbers");
        if (limit < 0) throw new IllegalArgumentException("negative limit");
        articleIds = articleIds == null ? null : List.copyOf(articleIds);
        if (after != null) checkCursor(after, sort);
    }

    /** Every event of the base query, most mentioned first. */
    public static EventSelection of(EventQuery base) {
        return new EventSelection(base, null, null, null, Sort.MENTIONS, null, Integer.MAX_VALUE);
    }

    public EventSelection country(String v) {
        return new EventSelection(base, v == null ? null : v.toUpperCase(Locale.ROOT), bbox, articleIds, sort, after,
                limit);
    }

    public EventSelection bbox(double[] v) {
        return new EventSelection(base, country, v, articleIds, sort, after, limit);
    }

    public EventSelection articleIds(List<String> v) {
        return new EventSelection(base, country, bbox, v, sort, after, limit);
    }

    public EventSelection sort(Sort v) {
        return new EventSelection(base, country, bbox, articleIds, v, after, limit);
    }

    public EventSelection after(String v) {
        return new EventSelection(base, country, bbox, articleIds, sort, v, limit);
    }

    public EventSelection limit(int v) {
        return new EventSelection(base, country, bbox, articleIds, sort, after, v);
    }

    /** The keyset cursor of a row in this selection's sort: "numMentions|day|eventId" or "day|eventId". */
    public String cursor(EventRow r) {
        String day = r.day() == null ? "" : r.day().toString();
        return sort == Sort.MENTIONS ? r.numMentions() + "|" + day + "|" + r.eventId() : day + "|" + r.eventId();
    }

    /** Throws IllegalArgumentException when {@code cursor} is not a cursor of {@code sort}. */
    public static void checkCursor(String cursor, Sort sort) {
        String[] c = cursor.split("\\|", -1);
        try {
            if (sort == Sort.MENTIONS) {
                if (c.length != 3) throw new IllegalArgumentException("bad cursor");
                Integer.parseInt(c[0]);
                if (!c[1].isEmpty()) java.time.LocalDate.parse(c[1]);
            } else {
                if (c.length != 2) throw new IllegalArgumentException("bad cursor");
                if (!c[0].isEmpty()) java.time.LocalDate.parse(c[0]);
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad cursor: " + cursor, e);
        }
    }
}
