package org.diurna.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.diurna.server.DiurnaServer;
import org.diurna.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, finding 12: an uncached page of {@code /api/events} cost about 190 ms whatever the data, because the first
 * URL and the lead flag of every event the filters selected were computed before the LIMIT. Now a page is read in
 * narrow steps (the page's ids, counted in the same scan; then their first URL and lead; then their rows). What this
 * test holds is that the narrow reading answers what the whole one did, over a selection of 5,000 events with two
 * mentions each: the total, every page's events in order, each with the URL of its first report, and cursors that
 * walk the selection without loss or repeat. How fast it is, is measured by the benchmark ({@code
 * scripts/load-test.sh}: cached against distinct requests, and against a baseline build, in the same run), never by a
 * timed test.
 */
class EventsListingIT {
    /** Synthetic events added to the small test database, each told twice, so that the selection is not tiny. */
    private static final int EVENTS = 5_000;

    @TempDir static Path db;
    static DiurnaServer server;

    /** Each event's first report, read from the tables before the server opens them. */
    static final java.util.Map<String, String> FIRST_URL = new java.util.HashMap<>();

    @BeforeAll static void start() throws SQLException {
        TestDb.build(db);
        addSyntheticEvents(db, EVENTS);
        firstUrls();
        server = TestDb.start(db, null);
    }

    @AfterAll static void stop() {
        server.close();
    }

    @Test void pagesOfALargeSelectionWalkItWholeWithTheirFirstReports() {
        var first = TestDb.ok(server, "/api/events?from=2017-01-01&to=2017-12-31&sort=date&limit=500");
        assertEquals(EVENTS, first.get("total").asInt());
        java.util.Set<String> seen = new java.util.HashSet<>();
        String previousDate = "";
        String cursor = null;
        var page = first;
        int pages = 0;
        while (true) {
            for (var e : page.get("events")) {
                assertTrue(seen.add(e.get("id").asText()), "event twice: " + e.get("id"));
                assertTrue(e.get("date").asText().compareTo(previousDate) >= 0, "pages in date order");
                previousDate = e.get("date").asText();
                assertEquals(FIRST_URL.get(e.get("id").asText()), e.path("first_url").asText(null), e.toString());
            }
            pages++;
            cursor = page.path("next_cursor").asText(null);
            if (cursor == null || page.get("events").isEmpty()) break;
            page = TestDb.ok(server, "/api/events?from=2017-01-01&to=2017-12-31&sort=date&limit=500&cursor="
                    + TestDb.enc(cursor));
            assertEquals(EVENTS, page.get("total").asInt(), "the total holds on every page");
        }
        assertEquals(EVENTS, seen.size(), "the cursors walk the whole selection in " + pages + " pages");
    }

    /**
     * The URL of the earliest ingested article with a URL that tells each event (its earliest mention in it first),
     * computed over all events at once, as the whole query did before the fix.
     */
    private static void firstUrls() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.resolve(EventStore.FILE));
             Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT event_id, url FROM (SELECT m.event_id, a.url, row_number() OVER"
                     + " (PARTITION BY m.event_id ORDER BY a.ingest_seq, m.start_offset) AS k FROM mentions m JOIN"
                     + " articles a USING (article_id) WHERE a.url IS NOT NULL) WHERE k = 1")) {
            while (rs.next()) FIRST_URL.put(rs.getString(1), rs.getString(2));
        }
    }

    /**
     * Adds {@code n} events of 2017, each with two mentions in {@code n / 5} articles, straight into the database
     * file (as {@code diurna generate-load} does): ingesting readings one by one would take minutes.
     */
    private static void addSyntheticEvents(Path dir, int n) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(EventStore.FILE));
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO articles (article_id, ingest_seq, source, url, outlet, title, published, language,"
                    + " text, ingested_at) SELECT 'art-syn-' || i, 100 + i, 'synthetic', 'https://wire.example/' || i,"
                    + " 'Wire', 'synthetic', DATE '2017-01-01' + (i % 365)::INT, 'en', 'synthetic', now()"
                    + " FROM range(" + n / 5 + ") r(i)");
            s.execute("INSERT INTO events (event_id, event_no, plover, cameo, quad_class, goldstein, source_name,"
                    + " source_country, source_sector, target_name, target_country, target_sector, is_symmetric, date,"
                    + " date_precision, day, place_country, place_kind, factuality, evidence, num_mentions,"
                    + " num_articles, num_sources, outlets, sources, first_reported, last_reported, added_at)"
                    + " SELECT 'ev-syn-' || i, 100 + i, 'CONSULT', '04', 1, 1.0, 'Ankara', 'TUR', 'GOV', 'Moscow',"
                    + " 'RUS', 'GOV', true, strftime(d, '%Y-%m-%d'), 'day', d, 'TUR', 'country', 'asserted',"
                    + " 'synthetic', 2, 2, 1, ['Wire'], [], d, d, now()"
                    + " FROM (SELECT i, DATE '2017-01-01' + (i % 365)::INT AS d FROM range(" + n + ") r(i))");
            s.execute("INSERT INTO mentions (mention_id, event_id, article_id, local_id, start_offset, end_offset,"
                    + " evidence, attributed_to, in_lead) SELECT 'm-syn-' || i || '-' || k, 'ev-syn-' || i,"
                    + " 'art-syn-' || ((2 * i + k) % " + n / 5 + "), 'e' || k, 0, 9, 'synthetic', [], k = 0"
                    + " FROM range(" + n + ") r(i), range(2) s(k)");
        }
    }
}
