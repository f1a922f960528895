package org.diurna.store.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.diurna.store.EventRow;

/**
 * One page of an event listing, read in narrow steps: the page's ids in the listing's order (a top-N over the sort
 * keys alone) with the size of the selection, then the first URL and lead flag of those events alone, then their
 * rows.
 *
 * <p>Why not one query: with the first URL and the lead flag as correlated subqueries of the listing, DuckDB planned
 * delimiter joins, a window and hash aggregates over every event the filters select, before the LIMIT: 6 to 10 ms and
 * 30 MB of buffers per request on a database of a hundred events (issue 10, finding 12: the server topped out near
 * 230 requests/s on two cores whatever the data), and a second per request on a million events with their mentions.
 * Carrying every column through the top-N instead of the sort keys alone cost several times the top-N.
 *
 * <p>Ids are looked up with {@code IN (?, ?, ...)}, which DuckDB hash-joins with the scan, whereas
 * {@code list_contains(?, column)} is a function called on every row (hundreds of ms on millions of mentions).
 */
final class EventPage {
    /** A listed event's id, day and number of mentions, in the listing's order. */
    private record Key(String eventId, LocalDate day, int numMentions) {}

    /** One mention of a listed event: where it is told, and whether in a lead. */
    private record Told(String eventId, String articleId, Integer start, boolean lead) {}

    /** An article that has a URL, with its ingest number. */
    private record Source(String url, long seq) {}

    /** The first URL (or null) and the lead flag of one event. */
    private record Extras(String firstUrl, boolean lead) {}

    private static final Extras NONE = new Extras(null, false);
    /** Ids per look-up: an API page (at most 501) is one; a longer listing is read in several. */
    private static final int BATCH = 1000;

    private EventPage() {}

    /**
     * A page: at most {@code limit} events, in the listing's order, and how many events {@code where} selects in
     * all. That number comes with the ids, as a window over the same scan: a count of its own was a second scan and a
     * query's fixed cost again. With a cursor in {@code where} it counts the events after the cursor only.
     */
    record Page(List<EventRow> rows, long selected) {}

    /** The page of at most {@code limit} events that {@code where} selects, in the order {@code order}. */
    static Page read(Statements st, EventFilter where, String order, int limit) throws SQLException {
        List<Object> params = new ArrayList<>(where.params());
        params.add((long) limit);
        long[] selected = {0};
        List<Key> keys = st.list("SELECT e.event_id, e.day, e.num_mentions, count(*) OVER () AS selected"
                        + " FROM events e" + where.where() + order + " LIMIT ?",
                rs -> {
                    selected[0] = rs.getLong(4);
                    return new Key(rs.getString(1), Sql.date(rs, "day"), rs.getInt(3));
                }, params.toArray());
        Map<String, EventRow> rows = new HashMap<>();
        for (int i = 0; i < keys.size(); i += BATCH) {
            List<Key> batch = keys.subList(i, Math.min(keys.size(), i + BATCH));
            Map<String, Extras> extras = extras(st, batch.stream().map(Key::eventId).toList());
            for (EventRow r : rows(st, batch, extras)) rows.put(r.eventId(), r);
        }
        return new Page(keys.stream().map(k -> Objects.requireNonNull(rows.get(k.eventId()), k.eventId())).toList(),
                selected[0]);
    }

    /**
     * The rows of the page's events. DuckDB reads every column of every row its scan filters let through before it
     * joins them with an IN list, so the page's least and most mentions bound the scan, and when every event is
     * dated its first and last day too: DuckDB then also skips the row groups outside them (the table is roughly in
     * day order, as news is ingested).
     */
    private static List<EventRow> rows(Statements st, List<Key> keys, Map<String, Extras> extras)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT e.* FROM events e WHERE e.event_id "
                + in(keys.stream().map(Key::eventId).toList(), params) + " AND e.num_mentions BETWEEN ? AND ?";
        params.add(keys.stream().mapToInt(Key::numMentions).min().orElseThrow());
        params.add(keys.stream().mapToInt(Key::numMentions).max().orElseThrow());
        if (keys.stream().allMatch(k -> k.day() != null)) {
            sql += " AND e.day BETWEEN ? AND ?";
            params.add(keys.stream().map(Key::day).min(Comparator.naturalOrder()).orElseThrow());
            params.add(keys.stream().map(Key::day).max(Comparator.naturalOrder()).orElseThrow());
        }
        return st.list(sql, rs -> {
            Extras x = extras.getOrDefault(rs.getString("event_id"), NONE);
            return Rows.event(rs, x.firstUrl(), x.lead());
        }, params.toArray());
    }

    /**
     * The first URL and the lead flag of each event that has mentions, as {@link EventReader} defines them: the URL
     * of the earliest ingested article that has one (its earliest mention first), and whether some mention is in an
     * article's lead. Mentions, then their articles, each looked up by ids: joining the two made DuckDB scan every
     * article for the page's few.
     */
    private static Map<String, Extras> extras(Statements st, List<String> ids) throws SQLException {
        List<Object> byEvent = new ArrayList<>();
        List<Told> told = st.list("SELECT m.event_id, m.article_id, m.start_offset, m.in_lead FROM mentions m"
                        + " WHERE m.event_id " + in(ids, byEvent),
                rs -> new Told(rs.getString(1), rs.getString(2), Sql.integer(rs, "start_offset"), rs.getBoolean(4)),
                byEvent.toArray());
        if (told.isEmpty()) return Map.of();
        List<Object> byArticle = new ArrayList<>();
        Map<String, Source> sources = new HashMap<>();
        st.list("SELECT a.article_id, a.url, a.ingest_seq FROM articles a WHERE a.url IS NOT NULL"
                        + " AND a.article_id " + in(told.stream().map(Told::articleId).distinct().toList(), byArticle),
                rs -> sources.put(rs.getString(1), new Source(rs.getString(2), rs.getLong(3))),
                byArticle.toArray());
        Comparator<Told> telling = Comparator.<Told>comparingLong(t -> sources.get(t.articleId()).seq())
                .thenComparing(Told::start, Comparator.nullsLast(Comparator.naturalOrder()));
        Map<String, Boolean> lead = new HashMap<>();
        Map<String, Told> first = new HashMap<>();
        for (Told t : told) {
            lead.merge(t.eventId(), t.lead(), Boolean::logicalOr);
            if (sources.containsKey(t.articleId())) {
                first.merge(t.eventId(), t, (a, b) -> telling.compare(b, a) < 0 ? b : a);
            }
        }
        Map<String, Extras> out = new HashMap<>();
        lead.forEach((id, l) -> {
            Told f = first.get(id);
            out.put(id, new Extras(f == null ? null : sources.get(f.articleId()).url(), l));
        });
        return out;
    }

    /**
     * "IN (?, ?, ...)" for {@code values} (not empty), which it adds to {@code params}, padded to a power of two with
     * repeats of the last value: a dozen SQL texts then serve every page size, and their prepared statements are
     * reused. Not padded with NULLs: a NULL in the list keeps DuckDB from filtering inside the scan (seconds on
     * millions of mentions instead of milliseconds).
     */
    static String in(List<?> values, List<Object> params) {
        int n = Integer.highestOneBit(Math.max(1, values.size() - 1)) << 1;
        params.addAll(values);
        params.addAll(Collections.nCopies(n - values.size(), values.get(values.size() - 1)));
        return "IN (" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }
}
