package org.diurna.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diurna.store.EventMention;
import org.diurna.store.EventQuery;
import org.diurna.store.EventRow;

/** Reads events and their mentions. */
public final class EventReader {
    /** Events with what a list needs beyond the row: the first article URL and whether it made a lead. */
    private static final String SELECT = "SELECT e.*,"
            + " (SELECT a.url FROM mentions m JOIN articles a ON a.article_id = m.article_id"
            + "  WHERE m.event_id = e.event_id AND a.url IS NOT NULL ORDER BY a.ingest_seq, m.start_offset LIMIT 1)"
            + "  AS first_url,"
            + " coalesce((SELECT bool_or(m.in_lead) FROM mentions m WHERE m.event_id = e.event_id), false) AS lead"
            + " FROM events e";
    /** Mentions are fetched by batches of ids: one query per event would make exports quadratic. */
    private static final int BATCH = 500;

    private final Connection c;

    public EventReader(Connection c) {
        this.c = c;
    }

    public List<EventRow> events(EventQuery q) throws SQLException {
        EventFilter f = EventFilter.of(q);
        List<Object> params = new ArrayList<>(f.params());
        params.add((long) q.limit());
        params.add(q.offset());
        return Sql.list(c, SELECT + f.where() + EventFilter.ORDER + " LIMIT ? OFFSET ?", Rows::event,
                params.toArray());
    }

    /** How many events the query selects (limit and offset included). */
    public long count(EventQuery q) throws SQLException {
        EventFilter f = EventFilter.of(q);
        List<Object> params = new ArrayList<>(f.params());
        params.add((long) q.limit());
        params.add(q.offset());
        return Sql.count(c, "SELECT count(*) FROM (" + idsSql(f) + ")", params.toArray());
    }

    /** The ids of the events a query selects, in its order (for exports of whole tables). */
    public static String idsSql(EventFilter f) {
        return "SELECT e.event_id FROM events e" + f.where() + EventFilter.ORDER + " LIMIT ? OFFSET ?";
    }

    public List<EventRow> byId(String eventId) throws SQLException {
        return Sql.list(c, SELECT + " WHERE e.event_id = ?", Rows::event, eventId);
    }

    /** Mentions of the given events, each list in ingest order then text order; events without mentions absent. */
    public Map<String, List<EventMention>> mentions(List<String> eventIds) throws SQLException {
        Map<String, List<EventMention>> out = new LinkedHashMap<>();
        for (String id : eventIds) out.put(id, new ArrayList<>());
        for (int i = 0; i < eventIds.size(); i += BATCH) {
            List<String> batch = eventIds.subList(i, Math.min(eventIds.size(), i + BATCH));
            List<EventMention> rows = Sql.list(c, "SELECT m.*, a.url, a.outlet, a.published, a.duplicate_of"
                    + " FROM mentions m JOIN articles a ON a.article_id = m.article_id"
                    + " WHERE list_contains(?, m.event_id) ORDER BY a.ingest_seq, m.start_offset, m.mention_id",
                    Rows::mention, batch);
            for (EventMention m : rows) out.get(m.eventId()).add(m);
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }
}
