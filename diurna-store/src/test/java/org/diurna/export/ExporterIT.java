package org.diurna.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.diurna.model.Article;
import org.diurna.model.Event;
import org.diurna.model.Participant;
import org.diurna.model.Place;
import org.diurna.model.Problem;
import org.diurna.store.EventQuery;
import org.diurna.store.EventStore;
import org.diurna.store.Fixtures;
import org.diurna.store.StoredArticle;
import org.diurna.pipeline.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterIT {
    @TempDir Path dir;

    EventStore filled() {
        EventStore s = EventStore.open(dir.resolve("db"));
        Document a = Fixtures.articleA();
        s.addArticle(StoredArticle.of("A", "in/a", a, new byte[] {1}));
        s.addArticle(StoredArticle.of("B", "in/b", Fixtures.call("B", "Reuters", "2016-11", null, true), null));
        Fixtures.stream(60).forEach(s::addArticle);
        s.addProblem(new Problem("empty", "in/z", "the input is empty"));
        return s;
    }

    @Test void gdeltRowsHaveSixtyOneFields() throws Exception {
        try (EventStore s = filled()) {
            Path out = dir.resolve("events.csv");
            long n = Exporter.export(s, EventQuery.all(), Format.GDELT_CSV, out, false, 7);
            List<String> lines = Files.readAllLines(out);
            assertEquals(s.countEvents(EventQuery.all()), n);
            assertEquals(n, lines.size());
            assertTrue(n > 7, "more than one page: " + n);
            assertEquals(lines.size(), lines.stream().distinct().count(), "no event twice across pages");
            assertEquals(List.of(), Files.readAllLines(out).stream().filter(String::isBlank).toList());
            Exporter.export(s, EventQuery.all().offset(2).limit(9), Format.GDELT_CSV, out, false, 4);
            assertEquals(lines.subList(2, 11), Files.readAllLines(out), "offset and limit across pages");
            Exporter.export(s, EventQuery.all(), Format.GDELT_CSV, out);
            assertEquals(lines, Files.readAllLines(out), "page size changes nothing");
            for (String l : lines) assertEquals(61, l.split("\t", -1).length, l);
            String call = lines.stream().filter(l -> l.contains("\tTURGOV\t")).findFirst().orElseThrow();
            String[] f = call.split("\t", -1);
            assertEquals("040", f[26]);
            assertEquals("04", f[28]);
            assertEquals("1", f[29]);
            assertEquals("RUSGOV", f[15]);
            Exporter.export(s, EventQuery.all().limit(3), Format.GDELT_CSV, out, true);
            List<String> withHeader = Files.readAllLines(out);
            assertEquals(4, withHeader.size());
            assertTrue(withHeader.get(0).startsWith("GlobalEventID\tDay\t"));
            assertOnlyFinalFiles(dir);
        }
    }

    /**
     * An article written to attack the analyst who opens the export in a spreadsheet: its formulas come out as text,
     * its javascript: URL is not stored, and the negative numbers of the row stay numbers.
     */
    @Test void hostileTextIsNeverAFormulaAndAScriptUrlIsNotStored() throws Exception {
        String text = "=cmd a frappé -Vladimir à Valparaiso.";
        Article a = new Article("H", text, LocalDate.of(2016, 11, 30), "=HYPERLINK(\"http://evil.example\",\"x\")",
                "javascript:alert(1)", "@outlet", "fr");
        Participant attacker = new Participant("=cmd|' /C calc'!A0", "TUR", "GOV", null, null, 0, 4);
        Participant victim = new Participant("-Vladimir", "RUS", null, null, null, 13, 22);
        Event fight = Fixtures.event("e1", "ASSAULT", null, "19", attacker, victim, false, "2016-11-30", "day",
                new Place("+Valparaiso", "CHL", "city", -33.05, -71.62), "asserted", List.of(), text, "=cmd a frappé");
        Document d = Fixtures.reading(a, List.of(fight), List.of(), List.of(), List.of());
        try (EventStore s = EventStore.open(dir.resolve("db"))) {
            s.addArticle(StoredArticle.of("H", "in/h.jsonl#1", d, null));
            assertNull(s.article("H").orElseThrow().url(), "only http(s) URLs are stored");
            Path out = dir.resolve("events.csv");
            Exporter.export(s, EventQuery.all(), Format.GDELT_CSV, out, true);
            List<String> lines = Files.readAllLines(out);
            assertEquals(2, lines.size(), lines::toString);
            List<String> columns = List.of(lines.get(0).split("\t", -1));
            String[] f = lines.get(1).split("\t", -1);
            assertEquals("'=cmd|' /C calc'!A0", f[columns.indexOf("Actor1Name")]);
            assertEquals("'-Vladimir", f[columns.indexOf("Actor2Name")]);
            assertEquals("'+Valparaiso", f[columns.indexOf("ActionGeo_FullName")]);
            assertEquals("", f[columns.indexOf("SOURCEURL")]);
            assertEquals("-10", f[columns.indexOf("GoldsteinScale")]);
            assertEquals("-33.05", f[columns.indexOf("ActionGeo_Lat")]);
            assertEquals("-71.62", f[columns.indexOf("ActionGeo_Long")]);
            for (String cell : f) {
                assertFalse(CsvCells.startsFormula(cell) && !cell.matches("-[0-9.]+"), "a formula: " + cell);
            }
        }
    }

    @Test void jsonLinesCarryMentions() throws Exception {
        try (EventStore s = filled()) {
            Path out = dir.resolve("events.jsonl");
            long n = Exporter.export(s, EventQuery.all().dyad("TUR,RUS").plover("CONSULT"), Format.JSONL, out);
            List<String> lines = Files.readAllLines(out);
            assertEquals(n, lines.size());
            ObjectMapper m = new ObjectMapper();
            JsonNode first = m.readTree(lines.get(0));
            assertEquals("CONSULT", first.get("plover").asText());
            assertEquals(first.get("num_mentions").asInt(), first.get("mentions").size());
            JsonNode mention = first.get("mentions").get(0);
            assertEquals("A", mention.get("article_id").asText());
            assertEquals("https://afp.example/a", mention.get("url").asText());
            assertEquals(Fixtures.TEXT_A.substring(mention.get("start").asInt(), mention.get("end").asInt()),
                    mention.get("evidence").asText());
            assertEquals("TUR", first.get("source").get("country").asText());
            assertTrue(first.get("outlets").toString().contains("AFP"));
            for (String l : lines) assertFalse(m.readTree(l).get("mentions").isEmpty());
        }
    }

    @Test void parquetTablesReadBackWithDuckDb() throws Exception {
        try (EventStore s = filled()) {
            Path out = dir.resolve("parquet");
            Exporter.export(s, EventQuery.all(), Format.PARQUET, out);
            Map<String, Long> counts = s.counts();
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
                for (String table : EventStore.tables()) {
                    Path file = out.resolve(table + ".parquet");
                    assertTrue(Files.exists(file), table);
                    // The path comes from this test, not from a user: fine in the SQL text of a test.
                    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM '" + file + "'")) {
                        rs.next();
                        if (counts.containsKey(table)) assertEquals(counts.get(table), rs.getLong(1), table);
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT outlets FROM '" + out.resolve("events.parquet")
                        + "' WHERE source_country = 'TUR' AND plover = 'CONSULT' ORDER BY num_mentions DESC")) {
                    assertTrue(rs.next());
                    assertTrue(rs.getString(1).contains("AFP"), "lists stay lists");
                }
            }
            Exporter.export(s, EventQuery.all().plover("ASSAULT").actor("RUS"), Format.PARQUET, out);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE plover <> 'ASSAULT') FROM '"
                         + out.resolve("events.parquet") + "'")) {
                rs.next();
                assertEquals(s.countEvents(EventQuery.all().plover("ASSAULT").actor("RUS")), rs.getLong(1));
                assertEquals(0, rs.getLong(2));
            }
            assertOnlyFinalFiles(out);
        }
    }

    @Test void aFailedExportLeavesNoFile() throws Exception {
        try (EventStore s = filled()) {
            Path out = dir.resolve("bad.csv");
            assertThrows(IllegalArgumentException.class,
                    () -> Exporter.export(s, EventQuery.all().dyad("nonsense"), Format.GDELT_CSV, out));
            assertFalse(Files.exists(out));
            assertOnlyFinalFiles(dir);
        }
    }

    static void assertOnlyFinalFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
        }
    }
}
