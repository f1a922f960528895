package org.diurna.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.diurna.Diurna;
import org.diurna.data.Tsv;
import org.diurna.model.Article;
import org.diurna.model.Participant;
import org.diurna.pipeline.Layers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every support verb (support-verbs-en.tsv, support-verbs-fr.tsv) reads its own sentence as its row says: the event noun it
 * carries ("launched an air strike against Iraq") takes the verb's subject as its source, or, for a verb of
 * suffering ("suffered an air strike"), as its target.
 */
class SupportVerbsIT {
    @TestFactory Stream<DynamicTest> everyEnglishSupportVerbReadsItsSentence() {
        List<Tsv.Row> rows = Tsv.read(Lexicon.class, "support-verbs-en.tsv", "id", "verb", "kind", "example", "expect");
        assertTrue(rows.size() >= 15, "rows: " + rows.size());
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.get("id") + " " + r.get("verb"), () -> {
            List<String> got = dyads(r, "en");
            assertTrue(got.contains(r.get("expect")), r.get("example") + ": want " + r.get("expect") + ", got " + got);
        }));
    }

    /**
     * Every French support verb (support-verbs-fr.tsv) reads its own sentence into an event; a verb of aiming gives the
     * event noun its target ("une enquête visant trois ministres hongrois": Hungary).
     */
    @TestFactory Stream<DynamicTest> everyFrenchSupportVerbReadsItsSentence() {
        List<Tsv.Row> rows = Tsv.read(Lexicon.class, "support-verbs-fr.tsv", "id", "verb", "kind", "example");
        assertTrue(rows.size() >= 80, "rows: " + rows.size());
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.get("id") + " " + r.get("verb"), () -> {
            List<String> got = dyads(r, "fr");
            assertTrue(!got.isEmpty(), r.get("example") + ": no event");
            if (r.get("kind").equals("aim")) {
                assertTrue(got.stream().anyMatch(g -> !g.endsWith("> -")), r.get("example") + ": no target, got " + got);
            }
        }));
    }

    /** The events a row's sentence reads, as "PLOVER SRC > TGT" (country and sector, '-' for none). */
    private static List<String> dyads(Tsv.Row r, String lang) {
        var doc = Diurna.read(new Article(r.get("id"), r.get("example"), LocalDate.of(2024, 5, 14), null, null, null,
                lang));
        return doc.get(Layers.EVENTS).stream().map(e -> e.plover() + " " + side(e.source()) + " > " + side(e.target()))
                .toList();
    }

    private static String side(Participant p) {
        if (p == null || p.country() == null && p.sector() == null) return "-";
        return (p.country() == null ? "-" : p.country()) + " " + (p.sector() == null ? "-" : p.sector());
    }
}
