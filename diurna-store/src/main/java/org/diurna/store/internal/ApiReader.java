package org.diurna.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diurna.model.Place;
import org.diurna.store.ActorSummary;
import org.diurna.store.ArticleDetail;
import org.diurna.store.ArticleRow;
import org.diurna.store.DyadCount;
import org.diurna.store.EventListing;
import org.diurna.store.EventSelection;
import org.diurna.store.TimelineCount;

/**
 * The reads the HTTP API needs beyond {@link EventReader}: listings in several orders with extra filters, timelines,
 * dyad networks, actor look-ups and the detail of one article. Like every query of this store, the SQL text is made
 * of fixed fragments only; every value is a bound parameter.
 */
public final class ApiReader {
    /** Undated events sort last in both date orders. */
    private static final String DAY_ASC = "coalesce(e.day, DATE '9999-12-31')";
    private static final String DAY_DESC = EventFilter.DAY_KEY;
    private static final String ACTOR = "CASE WHEN e.%1$s_country IS NULL THEN NULL WHEN e.%1$s_sector IS NULL"
            + " THEN e.%1$s_country ELSE e.%1$s_country || ' ' || e.%1$s_sector END";

    private final Connection c;
    /** The listing, count, timeline, network and actor queries are few texts asked again and again: kept prepared. */
    private final Statements st;

    public ApiReader(Connection c) {
        this.c = c;
        this.st = new Statements(c);
    }

    /**
     * A page of the selection (its cursor and limit applied; see {@link EventPage} for how it is read) and the size
     * of the selection. The page's own scan counts the selection when there is no cursor, the first page a client
     * asks for; past a cursor it counts the events after it only, and a count of its own is needed.
     */
    public EventListing listing(EventSelection s) throws SQLException {
        EventPage.Page page = EventPage.read(st, filter(s, true), order(s.sort()), s.limit());
        return new EventListing(page.rows(), s.after() == null ? page.selected() : count(s));
    }

    /** How many events the selection holds, cursor and limit aside. */
    public long count(EventSelection s) throws SQLException {
        EventFilter f = filter(s, false);
        return st.count("SELECT count(*) FROM events e" + f.where(), f.params().toArray());
    }

    /** Dated events per type and day (or ISO week, by its Monday), cursor and limit aside. */
    public List<TimelineCount> timeline(EventSelection s, boolean weekly) throws SQLException {
        EventFilter f = and(filter(s, false), "e.day IS NOT NULL", List.of());
        String period = weekly ? "CAST(date_trunc('week', e.day) AS DATE)" : "e.day";
        return st.list("SELECT e.plover, " + period + " AS period, count(*) AS n FROM events e" + f.where()
                        + " GROUP BY ALL ORDER BY e.plover, period",
                rs -> new TimelineCount(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3)),
                f.params().toArray());
    }

    /** Events per (source, target, type) where both actors have a country, most first. */
    public List<DyadCount> dyads(EventSelection s) throws SQLException {
        EventFilter f = and(filter(s, false), "e.source_country IS NOT NULL AND e.target_country IS NOT NULL",
                List.of());
        return st.list("SELECT " + String.format(ACTOR, "source") + " AS s, " + String.format(ACTOR, "target")
                        + " AS t, e.plover, count(*) AS n FROM events e" + f.where()
                        + " GROUP BY ALL ORDER BY n DESC, s, t, e.plover",
                rs -> new DyadCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                f.params().toArray());
    }

    /** Actors whose name (or id) contains {@code q}, names starting with it first, then the most mentioned. */
    public List<ActorSummary> actors(String q, int limit) throws SQLException {
        String needle = q == null ? "" : q.strip().toLowerCase(java.util.Locale.ROOT);
        return st.list("SELECT actor_id, name, country, sector, role, mentions FROM actors"
                        + " WHERE contains(lower(name), ?) OR contains(lower(coalesce(actor_id, '')), ?)"
                        + " ORDER BY starts_with(lower(name), ?) DESC, mentions DESC, name LIMIT ?",
                rs -> new ActorSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6)),
                needle, needle, needle, (long) limit);
    }

    public Optional<ArticleDetail> article(String articleId) throws SQLException {
        Optional<ArticleRow> row = new Catalog(c).article(articleId);
        if (row.isEmpty()) return Optional.empty();
        List<ArticleDetail.Entity> entities = Sql.list(c, "SELECT * FROM entities WHERE article_id = ?"
                        + " ORDER BY entity_no",
                rs -> new ArticleDetail.Entity(rs.getInt("start_offset"), rs.getInt("end_offset"),
                        rs.getString("text"), rs.getString("type"),
                        rs.getString("name") == null ? null : new ArticleDetail.ActorRef(rs.getString("name"),
                                rs.getString("country"), rs.getString("sector"), rs.getString("role")),
                        place(rs)), articleId);
        List<ArticleDetail.Told> events = Sql.list(c, "SELECT m.event_id, m.local_id, m.start_offset,"
                        + " m.end_offset, m.evidence, e.plover, m.source_name, m.target_name FROM mentions m"
                        + " JOIN events e ON e.event_id = m.event_id WHERE m.article_id = ?"
                        + " ORDER BY m.start_offset NULLS LAST, m.local_id",
                rs -> new ArticleDetail.Told(rs.getString(1), rs.getString(2), Sql.integer(rs, "start_offset"),
                        Sql.integer(rs, "end_offset"), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8)), articleId);
        List<ArticleDetail.QuoteRow> quotes = Sql.list(c, "SELECT * FROM quotes WHERE article_id = ?"
                        + " ORDER BY quote_no",
                rs -> new ArticleDetail.QuoteRow(rs.getInt("start_offset"), rs.getInt("end_offset"),
                        rs.getString("text"), rs.getString("speaker_name") == null ? null
                        : new ArticleDetail.ActorRef(rs.getString("speaker_name"), rs.getString("speaker_country"),
                                rs.getString("speaker_sector"), null)), articleId);
        List<ArticleDetail.FigureRow> figures = Sql.list(c, "SELECT * FROM figures WHERE article_id = ?"
                        + " ORDER BY figure_no",
                rs -> new ArticleDetail.FigureRow(Sql.integer(rs, "start_offset"), Sql.integer(rs, "end_offset"),
                        rs.getString("text"), rs.getDouble("value"), rs.getString("qualifier"),
                        rs.getString("unit")), articleId);
        List<ArticleDetail.Duplicate> dups = Sql.list(c, "SELECT a.article_id, a.outlet, a.url, a.similarity"
                        + " FROM articles a WHERE a.duplicate_of = ? UNION ALL SELECT o.article_id, o.outlet, o.url,"
                        + " d.similarity FROM articles d JOIN articles o ON o.article_id = d.duplicate_of"
                        + " WHERE d.article_id = ? ORDER BY 1",
                rs -> new ArticleDetail.Duplicate(rs.getString(1), rs.getString(2), rs.getString(3),
                        Sql.dbl(rs, "similarity")), articleId, articleId);
        return Optional.of(new ArticleDetail(row.get(), entities, events, quotes, figures, dups));
    }

    private static Place place(ResultSet rs) throws SQLException {
        String name = rs.getString("place_name");
        String country = rs.getString("place_country");
        if (name == null && country == null) return null;
        return new Place(name, country, rs.getString("place_kind"), Sql.dbl(rs, "lat"), Sql.dbl(rs, "lon"));
    }

    /**
     * The listing orders: the same as sorting on {@link #DAY_ASC} and {@link #DAY_DESC} (no event is dated
     * 0001-01-01 or 9999-12-31), said with NULLS LAST so that the top-N compares the day column itself rather than
     * an expression computed for every selected row.
     */
    private static String order(EventSelection.Sort sort) {
        return switch (sort) {
            case MENTIONS -> " ORDER BY e.num_mentions DESC, e.day DESC NULLS LAST, e.event_id";
            case DATE -> " ORDER BY e.day ASC NULLS LAST, e.event_id";
            case DATE_DESC -> " ORDER BY e.day DESC NULLS LAST, e.event_id";
        };
    }

    /** The base query's filters (its own paging dropped) and the selection's; the cursor when asked. */
    static EventFilter filter(EventSelection s, boolean withCursor) {
        EventFilter f = EventFilter.of(s.base().after(null).limit(Integer.MAX_VALUE).offset(0));
        if (s.country() != null) {
            f = and(f, "(e.source_country = ? OR e.target_country = ?)", List.of(s.country(), s.country()));
        }
        if (s.bbox() != null) {
            double[] b = s.bbox();
            f = and(f, "(e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?)", List.of(b[0], b[2], b[1], b[3]));
        }
        if (s.articleIds() != null) {
            f = s.articleIds().isEmpty() ? and(f, "false", List.of())
                    : and(f, "e.event_id IN (SELECT m.event_id FROM mentions m"
                    + " WHERE list_contains(?, m.article_id))", List.of(s.articleIds()));
        }
        if (withCursor && s.after() != null) f = cursor(f, s.sort(), s.after());
        return f;
    }

    private static EventFilter cursor(EventFilter f, EventSelection.Sort sort, String after) {
        String[] c = after.split("\\|", -1);
        if (sort == EventSelection.Sort.MENTIONS) {
            int n = Integer.parseInt(c[0]);
            LocalDate day = c[1].isEmpty() ? LocalDate.of(1, 1, 1) : LocalDate.parse(c[1]);
            String k = EventFilter.DAY_KEY;
            return and(f, "(e.num_mentions < ? OR (e.num_mentions = ? AND (" + k + " < ? OR (" + k
                    + " = ? AND e.event_id > ?))))", List.of(n, n, day, day, c[2]));
        }
        boolean asc = sort == EventSelection.Sort.DATE;
        LocalDate day = !c[0].isEmpty() ? LocalDate.parse(c[0])
                : asc ? LocalDate.of(9999, 12, 31) : LocalDate.of(1, 1, 1);
        String k = asc ? DAY_ASC : DAY_DESC;
        String cmp = asc ? ">" : "<";
        return and(f, "(" + k + " " + cmp + " ? OR (" + k + " = ? AND e.event_id > ?))", List.of(day, day, c[1]));
    }

    private static EventFilter and(EventFilter f, String sql, List<Object> values) {
        List<Object> params = new ArrayList<>(f.params());
        params.addAll(values);
        String where = f.where().isEmpty() ? " WHERE " + sql : f.where() + " AND " + sql;
        return new EventFilter(where, params);
    }
}
