package org.diurna.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.diurna.store.internal.ParquetViews;
import org.diurna.store.internal.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diurna cluster} (the Spark job, {@code local[2]}) against {@code diurna ingest} on the same inputs: the
 * ingest tests' mixed corpus (the reference dispatch, its three partner copies, our samples, bad files) and 300
 * Wikinews articles. Every table must hold what the ingest's database holds (all columns but the times of the run);
 * a second run, in which one read task fails once and is retried by Spark, must write the same tables.
 */
class SparkJobIT {
    static final String STAMP = "2026-01-02T03:04:05";
    @TempDir static Path tmp;
    static Path db;
    static Path first;
    static Path second;
    static CliIT.Run ingest;
    static CliIT.Run run1;
    static CliIT.Run run2;
    static String faulty;
    static int faultsBefore;

    @BeforeAll static void runBoth() throws Exception {
        Path ref = CliIT.shared("reference/afp-2016-11-30-alep.fr.txt");
        Path wikinews = CliIT.shared("eval/wikinews-fr/articles");
        Path examples = Path.of(System.getProperty("diurna.examples", "../examples"));
        CliIT.required(Files.isDirectory(examples), "examples/ not found");
        List<String> inputs = new ArrayList<>();
        inputs.add(Corpus.build(tmp.resolve("corpus"), ref, examples).toString());
        List<Path> texts;
        try (Stream<Path> s = Files.list(wikinews)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        // 300 articles spread over the two years of the corpus
        for (int i = 0; i < 300; i++) inputs.add(texts.get(i * texts.size() / 300).toString());
        faulty = Path.of(inputs.get(150)).getFileName().toString();
        db = tmp.resolve("db");
        first = tmp.resolve("first");
        second = tmp.resolve("second");
        ingest = CliIT.run(null, args(inputs, "ingest", "--db", db.toString(), "--threads", "2"));
        run1 = CliIT.run(null, args(inputs, "cluster", "--out", first.toString(), "--master", "local[2]",
                "--stamp", STAMP));
        // local[2,2]: two attempts per task, so the task that fails on purpose is retried
        faultsBefore = org.diurna.spark.internal.ReadPartition.faultsInjected();
        run2 = CliIT.run(null, args(inputs, "cluster", "--out", second.toString(), "--master", "local[2,2]",
                "--stamp", STAMP, "--fail-once-on", faulty));
    }

    private static String[] args(List<String> inputs, String command, String... options) {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(inputs);
        all.addAll(List.of(options));
        return all.toArray(String[]::new);
    }

    @Test void theJobExitsAsTheIngestDoesWhenInputsAreRejected() {
        assertEquals(Main.REJECTED, ingest.code(), ingest.err());
        assertEquals(Main.REJECTED, run1.code(), run1.err());
        assertTrue(run1.out().contains("articles/s"), run1.out());
    }

    @Test void everyTableHoldsWhatTheIngestStored() throws Exception {
        Map<String, List<List<String>>> expected = IngestIT.dump(db);
        Map<String, List<List<String>>> got = dump(first, false);
        for (String table : expected.keySet()) {
            assertEquals(expected.get(table).size(), got.get(table).size(), table + " rows");
            assertEquals(expected.get(table), got.get(table), table);
        }
        assertTrue(expected.get("events").size() > 100, "a corpus with events: " + expected.get("events").size());
    }

    @Test void thePhoneCallIsOneEventWithItsCopiesAsMentions() throws Exception {
        try (Connection c = parquet(first)) {
            List<List<String>> call = IngestIT.rows(c, "SELECT num_articles, num_sources FROM events WHERE plover ="
                    + " 'CONSULT' AND date = '2016-11-30' AND ((source_country = 'TUR' AND target_country = 'RUS')"
                    + " OR (source_country = 'RUS' AND target_country = 'TUR'))");
            assertEquals(List.of(List.of("4", "4")), call);
            List<List<String>> copies = IngestIT.rows(c, "SELECT count(*) FROM articles a JOIN articles o"
                    + " ON a.duplicate_of = o.article_id WHERE o.source LIKE '%afp-alep.txt'");
            assertEquals("3", copies.get(0).get(0));
        }
    }

    @Test void badRecordsLandInProblemsWithAReason() throws Exception {
        try (Connection c = parquet(first)) {
            List<List<String>> problems = IngestIT.rows(c, "SELECT source, code, detail FROM problems");
            for (String bad : Corpus.BAD) {
                assertTrue(problems.stream().anyMatch(p -> p.get(0).contains(bad.replace("bad/", ""))
                        && !p.get(2).isBlank()), bad + " not in problems: " + problems);
            }
        }
    }

    @Test void aSecondRunWithATaskFailedAndRetriedWritesTheSameTables() throws Exception {
        assertEquals(Main.REJECTED, run2.code(), "the injected fault must be retried, not fail the job: "
                + run2.err());
        assertEquals(1, org.diurna.spark.internal.ReadPartition.faultsInjected() - faultsBefore,
                "one task failed on purpose, once");
        Map<String, List<List<String>>> a = dump(first, true);
        Map<String, List<List<String>>> b = dump(second, true);
        assertEquals(a, b);
        try (Connection c = parquet(second)) {
            assertEquals("1", IngestIT.rows(c, "SELECT count(*) FROM articles WHERE source LIKE '%" + faulty + "'")
                    .get(0).get(0), "the article of the failed task is there after the retry");
        }
    }

    @Test void hadoopUrisAreReadThroughHadoopWithTheirSidecars() throws Exception {
        // file:// takes the path of hdfs:// and s3a:// inputs: listed by Hadoop, each file copied to the task's disk
        Path out = tmp.resolve("by-uri");
        String uri = tmp.resolve("corpus").toUri().toString();
        CliIT.Run r = CliIT.run(null, "cluster", uri, "--out", out.toString(), "--master", "local[2]");
        assertEquals(Main.REJECTED, r.code(), r.err());
        String keys = "SELECT plover, source_country, source_sector, target_country, target_sector, date, num_articles,"
                + " num_sources FROM events ORDER BY ALL";
        try (Connection byUri = parquet(out); Connection ingested = IngestIT.db(corpusDb())) {
            assertEquals(IngestIT.rows(ingested, keys), IngestIT.rows(byUri, keys));
            List<List<String>> sources = IngestIT.rows(byUri, "SELECT source, published FROM articles ORDER BY 1");
            assertTrue(sources.stream().allMatch(s -> s.get(0).startsWith("file:")), sources.toString());
            assertTrue(sources.stream().filter(s -> s.get(1) != null).count() >= 10, "sidecar dates: " + sources);
        }
    }

    /** The ingest of the mixed corpus alone, for the by-URI run to compare with. */
    private static Path corpusDb() {
        Path db = tmp.resolve("corpus-db");
        if (!Files.exists(db)) CliIT.run(null, "ingest", tmp.resolve("corpus").toString(), "--db", db.toString());
        return db;
    }

    @Test void theQueryCommandsReadTheTablesInPlace() {
        CliIT.Run events = CliIT.run(null, "events", "--parquet", first.toString(), "--dyad", "TUR,RUS", "--type",
                "CONSULT", "--from", "2016-11-01", "--to", "2016-12-31");
        assertEquals(0, events.code(), events.err());
        assertTrue(events.out().contains("CONSULT/phone") && events.out().contains("4 articles"), events.out());
        CliIT.Run search = CliIT.run(null, "search", "Alep entretien", "--parquet", first.toString());
        assertEquals(0, search.code(), search.err());
        assertTrue(search.out().lines().findFirst().orElse("").contains("Erdogan et Poutine"), search.out());
        CliIT.Run problems = CliIT.run(null, "problems", "--parquet", first.toString());
        assertTrue(problems.out().contains("truncated.warc.gz"), problems.out());
        CliIT.Run none = CliIT.run(null, "events", "--parquet", tmp.resolve("nothing").toString());
        assertEquals(Main.REJECTED, none.code());
        assertTrue(none.err().contains("diurna cluster"), "says how to make the tables: " + none.err());
    }

    @Test void theGdeltExportHasOneLinePerEvent() throws Exception {
        long lines = 0;
        try (Stream<Path> files = Files.list(first.resolve("gdelt"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                lines += Files.readAllLines(f).stream().filter(l -> !l.isBlank()).count();
            }
        }
        try (Connection c = parquet(first)) {
            assertEquals(IngestIT.rows(c, "SELECT count(*) FROM events").get(0).get(0), String.valueOf(lines));
        }
    }

    /** The job's tables read back through the store's own Parquet views. */
    static Connection parquet(Path dir) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Schema.ensure(c);
        ParquetViews.attach(c, dir);
        return c;
    }

    /** As {@link IngestIT#dump}, over the Parquet tables; {@code times} keeps the timestamp columns too. */
    static Map<String, List<List<String>>> dump(Path dir, boolean times) throws SQLException {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        try (Connection c = parquet(dir)) {
            for (String t : IngestIT.TABLES) {
                List<String> cols = new ArrayList<>();
                for (List<String> col : IngestIT.rows(c, "SELECT column_name, data_type FROM information_schema.columns"
                        + " WHERE table_name = '" + t + "' ORDER BY ordinal_position")) {
                    if (times || !col.get(1).startsWith("TIMESTAMP")) cols.add("\"" + col.get(0) + "\"");
                }
                out.put(t, IngestIT.rows(c, "SELECT " + String.join(", ", cols) + " FROM " + t + " ORDER BY ALL"));
            }
        }
        return out;
    }
}
