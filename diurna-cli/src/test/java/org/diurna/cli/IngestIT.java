package org.diurna.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diurna ingest} end to end on a mixed corpus: the reference dispatch and three partner copies (text, HTML,
 * WARC), our own samples in text, HTML and JSONL, and bad files. One event for the call told by four articles; copies
 * linked; every bad file a problem; a second run changes nothing; a run killed with SIGKILL and resumed ends with the
 * tables of a clean run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestIT {
    static final String[] TABLES = {"articles", "events", "mentions", "entities", "actors", "quotes", "figures",
            "problems"};
    @TempDir static Path tmp;
    static Path corpus;
    static Path clean;
    static int firstExit;

    @BeforeAll static void ingestOnce() throws Exception {
        Path ref = CliIT.shared("reference/afp-2016-11-30-alep.fr.txt");
        Path examples = Path.of(System.getProperty("diurna.examples", "../examples"));
        CliIT.required(Files.isDirectory(examples), "examples/ not found");
        corpus = Corpus.build(tmp.resolve("corpus"), ref, examples);
        clean = tmp.resolve("clean-db");
        firstExit = CliIT.run(null, "ingest", corpus.toString(), "--db", clean.toString(), "--threads", "2").code();
    }

    @Test @Order(1) void theCallToldByFourArticlesIsOneEventWithItsOutlets() throws Exception {
        try (Connection c = db(clean)) {
            List<List<String>> rows = rows(c, "SELECT event_id, num_articles, num_mentions, num_sources FROM events "
                    + "WHERE plover = 'CONSULT' AND date = '2016-11-30' AND ((source_country = 'TUR' AND "
                    + "target_country = 'RUS') OR (source_country = 'RUS' AND target_country = 'TUR'))");
            assertEquals(1, rows.size(), rows.toString());
            assertEquals("4", rows.get(0).get(1), "articles mentioning the call: " + rows);
            List<List<String>> outlets = rows(c, "SELECT DISTINCT a.outlet FROM mentions m JOIN articles a USING "
                    + "(article_id) WHERE m.event_id = '" + rows.get(0).get(0) + "' ORDER BY 1");
            assertEquals(4, outlets.size(), outlets.toString());
        }
    }

    @Test @Order(2) void partnerCopiesAreLinkedToTheirFirstCopy() throws Exception {
        try (Connection c = db(clean)) {
            List<List<String>> dups = rows(c, "SELECT source, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL"
                    + " ORDER BY source");
            assertEquals(3, dups.size(), dups.toString());
            String first = rows(c, "SELECT article_id FROM articles WHERE source LIKE '%afp-alep.txt'").get(0).get(0);
            for (List<String> d : dups) assertEquals(first, d.get(1), d.toString());
        }
    }

    @Test @Order(3) void everyBadFileIsAProblemWithAReasonAndTheExitCodeSaysSo() throws Exception {
        assertEquals(Main.REJECTED, firstExit);
        try (Connection c = db(clean)) {
            List<List<String>> problems = rows(c, "SELECT source, code, detail FROM problems ORDER BY source");
            for (String bad : Corpus.BAD) {
                assertTrue(problems.stream().anyMatch(p -> p.get(0).contains(bad.replace("bad/", ""))
                        && !p.get(2).isBlank()), bad + " not in problems: " + problems);
            }
            List<List<String>> n = rows(c, "SELECT count(*) FROM articles WHERE duplicate_of IS NULL");
            assertTrue(Integer.parseInt(n.get(0).get(0)) >= 15, "good articles stored: " + n);
        }
    }

    @Test @Order(4) void aSecondIngestChangesNothing() throws Exception {
        Map<String, List<List<String>>> before = dump(clean);
        int code = CliIT.run(null, "ingest", corpus.toString(), "--db", clean.toString()).code();
        assertEquals(Main.REJECTED, code, "the bad files are still bad");
        assertEquals(before, dump(clean));
    }

    @Test @Order(5) void aRunKilledMidwayAndResumedEndsWithTheTablesOfACleanRun() throws Exception {
        Path db = tmp.resolve("killed-db");
        Process p = new ProcessBuilder(java(), "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", corpus.toString(), "--db", db.toString(), "--threads", "2")
                .redirectErrorStream(true).start();
        StringBuffer seen = new StringBuffer();
        Thread drain = new Thread(() -> {
            try (var in = p.getInputStream()) {
                int ch;
                while ((ch = in.read()) >= 0) seen.append((char) ch);
            } catch (java.io.IOException e) {
                // the process was killed
            }
        });
        drain.setDaemon(true);
        drain.start();
        long start = System.nanoTime();
        java.util.regex.Pattern midway = java.util.regex.Pattern.compile("Ingest[^\\n\\r]*? ([4-9]|1[0-9])(/| art)");
        // kill once a few articles are stored (the progress bar says so), or at the latest after 40 s
        while (p.isAlive() && !midway.matcher(seen).find() && System.nanoTime() - start < 40e9) Thread.sleep(100);
        boolean killed = p.isAlive();
        p.destroyForcibly();
        p.waitFor(60, TimeUnit.SECONDS);
        assertTrue(killed, "the run ended before it could be killed");
        CliIT.run(null, "ingest", corpus.toString(), "--db", db.toString(), "--threads", "2");
        assertEquals(dump(clean), dump(db));
    }

    @Test @Order(6) void searchFindsFrenchTextRankedAndFiltered() {
        CliIT.Run r = CliIT.run(null, "search", "Alep entretien", "--db", clean.toString(), "--from", "2016-11-01");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("«"), "matches are marked in snippets: " + r.out());
        assertTrue(r.out().lines().findFirst().orElse("").contains("Erdogan et Poutine"), r.out());
        CliIT.Run none = CliIT.run(null, "search", "Alep entretien", "--db", clean.toString(), "--to", "2000-01-01");
        assertTrue(none.out().contains("0 of 0"), none.out());
        CliIT.Run byActor = CliIT.run(null, "search", "Alep", "--db", clean.toString(), "--actor", "TUR");
        assertTrue(byActor.out().contains("Erdogan"), byActor.out());
    }

    @Test @Order(9) void searchRepairsAnIndexThatLostItsArticles() throws Exception {
        // what a crash between the database's commit and the index's leaves: articles stored, none indexed
        Path lucene = clean.resolve("lucene");
        try (var files = java.nio.file.Files.walk(lucene)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        CliIT.Run r = CliIT.run(null, "search", "Alep entretien", "--db", clean.toString(), "--from", "2016-11-01");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().findFirst().orElse("").contains("Erdogan et Poutine"), r.out());
    }

    @Test @Order(7) void eventsAreFilteredAndShowTheirEvidenceAndOutlets() {
        CliIT.Run r = CliIT.run(null, "events", "--db", clean.toString(), "--dyad", "TUR,RUS", "--type", "CONSULT",
                "--from", "2016-11-01", "--to", "2016-12-31");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("CONSULT/phone"), r.out());
        assertTrue(r.out().contains("4 articles"), r.out());
        assertTrue(r.out().contains("L'Écho du Nord") && r.out().contains("Le Quotidien du Sud"), r.out());
        assertTrue(r.out().contains("\"") , "evidence quoted: " + r.out());
        CliIT.Run other = CliIT.run(null, "events", "--db", clean.toString(), "--dyad", "TUR,RUS", "--type", "ASSAULT");
        assertTrue(other.out().contains("0 of 0 events"), other.out());
    }

    @Test @Order(8) void exportsAreReadableByAnalystsTools() throws Exception {
        Path csv = tmp.resolve("events.csv");
        assertEquals(0, CliIT.run(null, "export", "--db", clean.toString(), "--format", "gdelt-csv", "--out",
                csv.toString()).code());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.size() >= 10, "events exported: " + lines.size());
        for (String l : lines) assertEquals(61, l.split("\t", -1).length, l);
        Path jsonl = tmp.resolve("events.jsonl");
        CliIT.run(null, "export", "--db", clean.toString(), "--format", "jsonl", "--out", jsonl.toString(),
                "--dyad", "TUR,RUS");
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String l : Files.readAllLines(jsonl)) assertTrue(mapper.readTree(l).has("mentions"), l);
        Path parquet = tmp.resolve("parquet");
        CliIT.run(null, "export", "--db", clean.toString(), "--format", "parquet", "--out", parquet.toString());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            long n = Long.parseLong(rows(c, "SELECT count(*) FROM '" + parquet.resolve("events.parquet") + "'")
                    .get(0).get(0));
            assertEquals(lines.size(), n);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Connection db(Path dir) throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("diurna.duckdb"), readOnly());
    }

    private static java.util.Properties readOnly() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("duckdb.read_only", "true");
        return p;
    }

    /** Every table's rows, sorted, without the columns that record when (which differ between runs). */
    static Map<String, List<List<String>>> dump(Path dir) throws SQLException {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        try (Connection c = db(dir)) {
            for (String t : TABLES) {
                List<String> cols = new ArrayList<>();
                for (List<String> col : rows(c, "SELECT column_name, data_type FROM information_schema.columns "
                        + "WHERE table_name = '" + t + "' ORDER BY ordinal_position")) {
                    if (!col.get(1).startsWith("TIMESTAMP")) cols.add("\"" + col.get(0) + "\"");
                }
                out.put(t, rows(c, "SELECT " + String.join(", ", cols) + " FROM " + t + " ORDER BY ALL"));
            }
        }
        return out;
    }

    static List<List<String>> rows(Connection c, String sql) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object o = rs.getObject(i);
                    row.add(o instanceof java.sql.Blob b ? java.util.HexFormat.of().formatHex(b.getBytes(1,
                            (int) b.length())) : rs.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }
}
