package org.diurna.reading;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.diurna.Diurna;
import org.diurna.data.Tsv;
import org.diurna.model.Article;
import org.diurna.model.Event;
import org.diurna.model.Mention;
import org.diurna.model.Participant;
import org.diurna.model.Quote;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every input that once broke the reading ({@code fixtures/reading-fixtures.tsv}), read with the real models: each
 * row names what must, or must not, come out, and why.
 */
class ReadingFixturesIT {
    @TestFactory Stream<DynamicTest> everyFixtureReadsAsItsRowSays() {
        List<Tsv.Row> rows = Tsv.read(ReadingFixturesIT.class, "/fixtures/reading-fixtures.tsv", "id", "published",
                "text", "check", "expect", "why");
        assertTrue(rows.size() >= 20, "fixtures: " + rows.size());
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.get("id") + " " + r.get("why"), () -> check(r)));
    }

    /** Every row of counterpart-types.tsv: its example, whose counterpart is not named, gives no event of its type. */
    @TestFactory Stream<DynamicTest> anInteractionWithoutCounterpartIsNoEvent() {
        List<Tsv.Row> rows = Tsv.read(ReadingFixturesIT.class, "/org/diurna/events/counterpart-types.tsv", "plover",
                "lang", "example");
        assertTrue(rows.size() >= 8, "rows: " + rows.size());
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.get("lang") + " " + r.get("plover"), () -> {
            Document d = Diurna.read(new Article("counterpart-" + r.get("plover"), "Titre\n\n" + r.get("example"),
                    LocalDate.of(2024, 5, 2), null, null, null, null));
            List<String> got = d.get(Layers.EVENTS).stream().filter(e -> e.plover().equals(r.get("plover")))
                    .map(ReadingFixturesIT::describe).toList();
            assertTrue(got.isEmpty(), r.get("example") + " → " + got);
            List<String> mentions = d.get(Layers.EVENT_MENTIONS).stream()
                    .filter(e -> e.plover().equals(r.get("plover"))).map(ReadingFixturesIT::describe).toList();
            // the example must be one the reading would otherwise code, or the row tests nothing
            assertTrue(!mentions.isEmpty(), r.get("example") + " has no " + r.get("plover") + " mention at all");
        }));
    }

    private static void check(Tsv.Row r) {
        Document d = Diurna.read(new Article(r.get("id"), r.get("text"), LocalDate.parse(r.get("published")), null,
                null, null, null));
        String expect = r.get("expect");
        switch (r.get("check")) {
            case "event" -> {
                List<String> got = d.get(Layers.EVENTS).stream().map(ReadingFixturesIT::describe).toList();
                assertTrue(got.stream().anyMatch(g -> g.equals(expect) || g.startsWith(expect + " ")
                        || !expect.matches(".* (asserted|planned|negated|hypothetical|habitual|reported)$")
                        && g.replaceAll(" (asserted|planned|negated|hypothetical|habitual|reported)$", "").equals(expect)),
                        "want " + expect + ", got " + got);
            }
            case "no-dyad" -> {
                List<String> got = d.get(Layers.EVENTS).stream().map(ReadingFixturesIT::describe).toList();
                assertTrue(got.stream().noneMatch(g -> g.startsWith(expect + " ")), "unwanted " + expect + " in " + got);
            }
            case "date" -> {
                String[] kv = expect.split("=", 2);
                List<String> dates = d.get(Layers.EVENTS).stream().filter(e -> e.plover().equals(kv[0]))
                        .map(e -> String.valueOf(e.date())).toList();
                assertTrue(dates.contains(kv[1]), kv[0] + " events dated " + dates);
            }
            case "no-event" -> {
                List<Event> bad = d.get(Layers.EVENTS).stream()
                        .filter(e -> e.plover().equals(expect) && e.factuality().equals("asserted")).toList();
                assertTrue(bad.isEmpty(), "unwanted " + bad.stream().map(ReadingFixturesIT::describe).toList());
            }
            case "speaker" -> {
                String[] kv = expect.split("=", 2);
                Quote q = d.get(Layers.QUOTES).stream().filter(x -> x.text().startsWith(kv[0])).findFirst()
                        .orElseThrow(() -> new AssertionError("no quote starting with " + kv[0]));
                assertTrue(q.speaker() != null && q.speaker().name().contains(kv[1]), "speaker " + q.speaker());
            }
            case "actor" -> {
                String[] kv = expect.split("=", 2);
                List<String> codes = d.get(Layers.MENTIONS).stream().filter(m -> kv[0].equals(m.text()))
                        .map(m -> m.actor() == null ? "none" : code(m)).toList();
                assertTrue(codes.contains(kv[1]), "mentions of " + kv[0] + ": " + codes);
            }
            case "no-place" -> {
                List<Mention> places = d.get(Layers.MENTIONS).stream()
                        .filter(m -> expect.equals(m.text()) && "LOCATION".equals(m.type())).toList();
                assertTrue(places.isEmpty(), "place mentions " + places);
            }
            default -> throw new AssertionError("unknown check " + r.get("check"));
        }
    }

    private static String code(Mention m) {
        return (m.actor().country() == null ? "-" : m.actor().country()) + " "
                + (m.actor().sector() == null ? "-" : m.actor().sector());
    }

    private static String describe(Event e) {
        return e.plover() + " " + side(e.source()) + " > " + side(e.target()) + " " + e.factuality();
    }

    private static String side(Participant p) {
        if (p == null) return "-";
        if (p.country() == null && p.sector() == null) return "-";
        return (p.country() == null ? "-" : p.country()) + " " + (p.sector() == null ? "-" : p.sector());
    }
}
