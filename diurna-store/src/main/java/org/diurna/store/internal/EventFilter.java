package org.diurna.store.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diurna.store.EventQuery;

/**
 * The WHERE clause of an {@link EventQuery} over {@code events e}, as SQL text made only of fixed fragments and '?'
 * placeholders, plus the values to bind: whatever a user types ends up in a parameter, never in the SQL.
 */
public record EventFilter(String where, List<Object> params) {
    /** The sort key of undated events, so that keyset paging never compares NULLs. */
    static final String DAY_KEY = "coalesce(e.day, DATE '0001-01-01')";
    /** The default order: most told first, then latest, then by id for a stable total order. */
    public static final String ORDER = " ORDER BY e.num_mentions DESC, " + DAY_KEY + " DESC, e.event_id";

    public static EventFilter of(EventQuery q) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (q.actor() != null) actor(q.actor(), parts, params);
        if (q.dyad() != null) {
            ActorCode[] d = ActorCode.dyad(q.dyad());
            parts.add("((" + code("source", d[0], params) + " AND " + code("target", d[1], params) + ") OR ("
                    + code("source", d[1], params) + " AND " + code("target", d[0], params) + "))");
        }
        add(parts, params, "e.plover = ?", q.plover() == null ? null : q.plover().strip().toUpperCase(Locale.ROOT));
        if (q.cameo() != null) add(parts, params, "e.cameo = ?", orNoMatch(Cameo.root(q.cameo())));
        add(parts, params, "e.day >= ?", q.from());
        add(parts, params, "e.day <= ?", q.to());
        add(parts, params, "e.place_country = ?", q.placeCountry());
        add(parts, params, "e.event_id IN (SELECT m.event_id FROM mentions m JOIN articles a"
                + " ON a.article_id = m.article_id WHERE lower(a.outlet) = lower(?))", q.outlet());
        add(parts, params, "e.factuality = ?", q.factuality());
        if (q.minMentions() > 0) add(parts, params, "e.num_mentions >= ?", q.minMentions());
        if (q.after() != null) after(q.after(), parts, params);
        return new EventFilter(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), List.copyOf(params));
    }

    private static void add(List<String> parts, List<Object> params, String sql, Object value) {
        if (value == null) return;
        parts.add(sql);
        params.add(value);
    }

    /** An impossible value: a CAMEO filter that is not a root matches nothing rather than everything. */
    private static String orNoMatch(String root) {
        return root == null ? "" : root;
    }

    /** A code matches source or target by country [and sector]; anything else is a name part or an actor id. */
    private static void actor(String actor, List<String> parts, List<Object> params) {
        ActorCode.parse(actor).ifPresentOrElse(
                code -> parts.add("(" + code("source", code, params) + " OR " + code("target", code, params) + ")"),
                () -> {
                    // Names as any article gave them: the row keeps the first telling's, mentions keep the others.
                    parts.add("(contains(lower(e.source_name), ?) OR contains(lower(e.target_name), ?)"
                            + " OR e.source_actor_id = ? OR e.target_actor_id = ? OR e.event_id IN (SELECT event_id"
                            + " FROM mentions WHERE contains(lower(source_name), ?)"
                            + " OR contains(lower(target_name), ?)))");
                    String name = actor.strip().toLowerCase(Locale.ROOT);
                    params.addAll(List.of(name, name, actor.strip(), actor.strip(), name, name));
                });
    }

    private static String code(String role, ActorCode code, List<Object> params) {
        params.add(code.country());
        if (code.sector() == null) return "e." + role + "_country = ?";
        params.add(code.sector());
        return "(e." + role + "_country = ? AND e." + role + "_sector = ?)";
    }

    /** Rows strictly after the cursor "numMentions|day|eventId" in the default order. */
    private static void after(String cursor, List<String> parts, List<Object> params) {
        String[] c = cursor.split("\\|", 3);
        if (c.length != 3) throw new IllegalArgumentException("bad cursor: " + cursor);
        int n = Integer.parseInt(c[0]);
        LocalDate day = c[1].isEmpty() ? LocalDate.of(1, 1, 1) : LocalDate.parse(c[1]);
        parts.add("(e.num_mentions < ? OR (e.num_mentions = ? AND (" + DAY_KEY + " < ? OR (" + DAY_KEY
                + " = ? AND e.event_id > ?))))");
        params.addAll(List.of(n, n, day, day, c[2]));
    }
}
