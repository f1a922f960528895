package org.diurna.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.diurna.Diurna;
import org.diurna.data.Tsv;
import org.diurna.model.Article;
import org.diurna.pipeline.Layers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The test sentence of every row of the grammar files that shape event reading reads into at least one event: a row
 * whose own sentence reads nothing is knowledge the reading does not use. Light nouns ("une série de frappes", "un
 * nouveau round de négociations") so far; control verbs, document nouns, possessives and commitments are next (half
 * of their sentences name no identifiable actor yet: see the stop-16 note).
 */
class DataExamplesIT {
    private static final List<String> FILES = List.of("light-nouns.tsv", "control-verbs.tsv");

    @TestFactory Stream<DynamicTest> everyRowsSentenceReadsAnEvent() {
        return FILES.stream().flatMap(file -> {
            List<Tsv.Row> rows = Tsv.read(Lexicon.class, file, "lang", "example");
            assertFalse(rows.isEmpty(), file);
            return rows.stream().map(r -> DynamicTest.dynamicTest(file + ": " + r.get("example"), () -> {
                String text = r.get("example");
                var doc = Diurna.read(new Article(file, text, LocalDate.of(2024, 5, 14), null, null, null,
                        r.get("lang")));
                assertTrue(!doc.get(Layers.EVENTS).isEmpty(), text + ": no event");
            }));
        });
    }
}
