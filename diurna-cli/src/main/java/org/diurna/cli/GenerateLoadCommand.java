package org.diurna.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.concurrent.Callable;
import org.diurna.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code diurna generate-load}: fills a database with synthetic events, for load tests of the server
 * (scripts/load-test.sh). The events are plausible in shape (countries, sectors, types, dates over ten years, places)
 * but invented: never mix such a database with real data.
 */
@Command(name = "generate-load", mixinStandardHelpOptions = true,
        description = {"Adds synthetic events to a database, for load tests.",
                "Adds N invented events, for load-testing 'diurna serve' (scripts/load-test.sh).",
                "They are invented: use a database of their own."})
final class GenerateLoadCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "database directory (created)")
    Path db;

    @Option(names = "--events", defaultValue = "1000000", description = "how many (default: ${DEFAULT-VALUE})")
    long events;

    @Option(names = "--mentions", defaultValue = "0", paramLabel = "N",
            description = "mentions per event, two to an invented article (default: ${DEFAULT-VALUE}); listings"
                    + " read the mentions and articles of the events they show")
    int mentions;

    private static final String SQL = """
            INSERT INTO events
            SELECT 'ev-syn-' || lpad(i::VARCHAR, 10, '0'), base + i + 1, t.plover, NULL, t.cameo, t.quad, t.gold,
                   sc || ' ' || ss, sc, ss, NULL, tc || ' ' || ts, tc, ts, NULL, t.plover IN ('CONSULT', 'AGREE'),
                   strftime(d, '%Y-%m-%d'), 'day', d, NULL, sc, 'country', NULL, NULL,
                   CASE WHEN hash(i * 13) % 10 = 0 THEN 'planned' ELSE 'asserted' END,
                   'synthetic event ' || i, m, m, 1 + m // 2, ['synthetic wire'], [], d, d, now()
            FROM (
                SELECT i,
                       list_extract(?, 1 + (hash(i) % 16)::INT) AS sc,
                       list_extract(?, 1 + (hash(i * 3) % 16)::INT) AS tc,
                       list_extract(?, 1 + (hash(i * 5) % 6)::INT) AS ss,
                       list_extract(?, 1 + (hash(i * 7) % 6)::INT) AS ts,
                       1 + (hash(i * 11) % 8)::INT AS k,
                       DATE '2015-01-01' + (hash(i * 17) % 3650)::INT AS d,
                       1 + (hash(i * 19) % 20)::INT AS m
                FROM range(?) r(i)
            ) g
            JOIN (VALUES (1, 'CONSULT', '04', 1, 1.0), (2, 'AGREE', '03', 1, 4.0), (3, 'SUPPORT', '05', 1, 3.5),
                         (4, 'AID', '07', 2, 7.0), (5, 'ACCUSE', '11', 3, -2.0), (6, 'THREATEN', '13', 3, -6.0),
                         (7, 'PROTEST', '14', 4, -6.5), (8, 'ASSAULT', '19', 4, -10.0))
                 t(k, plover, cameo, quad, gold) USING (k),
            (SELECT coalesce(max(event_no), 0) AS base FROM events) b
            ORDER BY d
            """;

    // events are stored in day order, as an ingest of news roughly does: date filters then skip whole row groups

    /** Mention k of event i is in article (i * N + k) / 2: two mentions to an article, as many articles as needed. */
    private static final String ARTICLES = """
            INSERT INTO articles (article_id, ingest_seq, source, url, outlet, title, published, language, text,
                                  ingested_at)
            SELECT 'art-syn-' || lpad(i::VARCHAR, 10, '0'), i + 1, 'synthetic', 'https://wire.example/' || i,
                   'synthetic wire', 'synthetic article ' || i, DATE '2015-01-01' + (hash(i * 23) % 3650)::INT, 'en',
                   'synthetic article ' || i, now()
            FROM range((? * ? + 1) // 2) r(i)
            """;
    private static final String MENTIONS = """
            INSERT INTO mentions (mention_id, event_id, article_id, local_id, start_offset, end_offset, evidence,
                                  attributed_to, in_lead)
            SELECT 'm-syn-' || lpad(i::VARCHAR, 10, '0') || '-' || k, 'ev-syn-' || lpad(i::VARCHAR, 10, '0'),
                   'art-syn-' || lpad(((i * ? + k) // 2)::VARCHAR, 10, '0'), 'e' || (k + 1), 0, 16,
                   'synthetic event ' || i, [], k = 0
            FROM range(?) r(i), range(?) m(k)
            """;

    @Override public Integer call() throws Exception {
        try (EventStore store = EventStore.open(db)) {
            // creates the schema
        }
        String[] countries = {"TUR", "RUS", "SYR", "USA", "FRA", "UKR", "IRN", "ISR", "CHN", "DEU", "GBR", "MLI",
                "SDN", "IRQ", "EGY", "SAU"};
        String[] sectors = {"GOV", "MIL", "REB", "OPP", "CVL", "MED"};
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.resolve(EventStore.FILE));
             PreparedStatement st = c.prepareStatement(SQL)) {
            st.setArray(1, c.createArrayOf("VARCHAR", countries));
            st.setArray(2, c.createArrayOf("VARCHAR", countries));
            st.setArray(3, c.createArrayOf("VARCHAR", sectors));
            st.setArray(4, c.createArrayOf("VARCHAR", sectors));
            st.setLong(5, events);
            int n = st.executeUpdate();
            System.out.printf("%d synthetic events added to %s in %.1f s%n", n, db, (System.nanoTime() - t0) / 1e9);
            if (mentions > 0) addMentions(c);
        }
        return 0;
    }

    /** Mentions of the events just added, and their articles (the events' counters stay invented). */
    private void addMentions(Connection c) throws java.sql.SQLException {
        long t0 = System.nanoTime();
        try (PreparedStatement a = c.prepareStatement(ARTICLES); PreparedStatement m = c.prepareStatement(MENTIONS)) {
            a.setLong(1, events);
            a.setLong(2, mentions);
            int articles = a.executeUpdate();
            m.setLong(1, mentions);
            m.setLong(2, events);
            m.setLong(3, mentions);
            int n = m.executeUpdate();
            System.out.printf("%d synthetic mentions in %d articles added in %.1f s%n", n, articles,
                    (System.nanoTime() - t0) / 1e9);
        }
    }
}
