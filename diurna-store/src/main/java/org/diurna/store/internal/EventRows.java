package org.diurna.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.diurna.model.Place;
import org.diurna.store.EventActor;

/** The {@code events} rows as the writer sees them: candidates for a telling, new rows, refinements, counters. */
final class EventRows {
    /** A stored row that a telling might join. */
    record Candidate(String eventId, long eventNo, int numMentions, Facts facts) {}

    private static final String SAME_ACTORS = "source_country IS NOT DISTINCT FROM ? AND source_sector IS NOT DISTINCT"
            + " FROM ? AND target_country IS NOT DISTINCT FROM ? AND target_sector IS NOT DISTINCT FROM ?";

    private final Connection c;

    EventRows(Connection c) {
        this.c = c;
    }

    /** Rows of the same type, factuality and actors (in either order). */
    List<Candidate> candidates(Facts f) throws SQLException {
        EventActor s = f.source();
        EventActor t = f.target();
        return Sql.list(c, "SELECT * FROM events WHERE plover = ? AND factuality IS NOT DISTINCT FROM ?"
                        + " AND ((" + SAME_ACTORS + ") OR (" + SAME_ACTORS + "))",
                rs -> new Candidate(rs.getString("event_id"), rs.getLong("event_no"), rs.getInt("num_mentions"),
                        Rows.facts(rs)),
                f.plover(), f.factuality(), s.country(), s.sector(), t.country(), t.sector(),
                t.country(), t.sector(), s.country(), s.sector());
    }

    /** A new row with zero counters: {@link #recount} fills them once the mention is stored. */
    void insert(String eventId, Facts f, String evidence, LocalDateTime now) throws SQLException {
        long no = Sql.count(c, "SELECT coalesce(max(event_no), 0) + 1 FROM events");
        EventActor s = f.source();
        EventActor t = f.target();
        Place p = f.place();
        Sql.update(c, "INSERT INTO events (event_id, event_no, plover, mode, cameo, quad_class, goldstein,"
                        + " source_name, source_country, source_sector, source_actor_id, target_name, target_country,"
                        + " target_sector, target_actor_id, is_symmetric, date, date_precision, day, place_name,"
                        + " place_country, place_kind, lat, lon, factuality, evidence, num_mentions, num_articles,"
                        + " num_sources, outlets, sources, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, CAST([] AS VARCHAR[]),"
                        + " CAST([] AS VARCHAR[]), ?)",
                eventId, no, f.plover(), f.mode(), f.cameo(), Cameo.quadClass(f.cameo()), Cameo.goldstein(f.cameo()),
                s.name(), s.country(), s.sector(), s.actorId(), t.name(), t.country(), t.sector(), t.actorId(),
                f.symmetric(), f.date(), f.datePrecision(), IsoDates.firstDay(f.date()),
                p == null ? null : p.name(), p == null ? null : p.country(), p == null ? null : p.kind(),
                p == null ? null : p.lat(), p == null ? null : p.lon(), f.factuality(), evidence, now);
    }

    /** Writes what refining changed (date, place, mode); nothing when the telling added no precision. */
    void refine(Candidate row, Facts refined) throws SQLException {
        if (refined.equals(row.facts())) return;
        Place p = refined.place();
        Sql.update(c, "UPDATE events SET mode = ?, date = ?, date_precision = ?, day = ?, place_name = ?,"
                        + " place_country = ?, place_kind = ?, lat = ?, lon = ? WHERE event_id = ?",
                refined.mode(), refined.date(), refined.datePrecision(), IsoDates.firstDay(refined.date()),
                p == null ? null : p.name(), p == null ? null : p.country(), p == null ? null : p.kind(),
                p == null ? null : p.lat(), p == null ? null : p.lon(), row.eventId());
    }

    /**
     * Recomputes a row's counters from {@code mentions} and {@code articles}, inside the article's transaction, so
     * they can never drift from the evidence (no increments that a crash could apply twice). An article whose outlet
     * is unknown counts as a source of its own.
     */
    void recount(String eventId) throws SQLException {
        Sql.update(c, "UPDATE events SET num_mentions = s.n, num_articles = s.na, num_sources = s.ns,"
                + " outlets = s.outlets, sources = s.sources, first_reported = s.fr, last_reported = s.lr"
                + " FROM (SELECT count(*) AS n, count(DISTINCT m.article_id) AS na,"
                + " count(DISTINCT coalesce(a.outlet, 'article:' || a.article_id)) AS ns,"
                + " list_sort(list_distinct(list(a.outlet))) AS outlets,"
                + " list_sort(list_distinct(flatten(list(m.attributed_to)))) AS sources,"
                + " min(coalesce(CAST(a.published AS TIMESTAMP), a.ingested_at)) AS fr,"
                + " max(coalesce(CAST(a.published AS TIMESTAMP), a.ingested_at)) AS lr"
                + " FROM mentions m JOIN articles a ON a.article_id = m.article_id WHERE m.event_id = ?) s"
                + " WHERE events.event_id = ?", eventId, eventId);
    }


}
