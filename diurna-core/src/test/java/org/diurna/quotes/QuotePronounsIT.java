package org.diurna.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.diurna.Diurna;
import org.diurna.data.Tsv;
import org.diurna.model.Article;
import org.diurna.model.Quote;
import org.diurna.pipeline.Layers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of {@code pronouns.tsv} read with the real models: its example quotes someone, then gives the next
 * quotation to a pronoun of the row's number (or to a speaker opened by the row's determiner), which must be
 * the same speaker.
 */
class QuotePronounsIT {
    @TestFactory Stream<DynamicTest> everyRowKeepsTheFloorToTheLastSpeaker() {
        List<Tsv.Row> rows = Tsv.read(QuotePronounsIT.class, "/org/diurna/quotes/pronouns.tsv", "word", "lang", "kind",
                "number", "example");
        assertTrue(rows.size() >= 15, "rows: " + rows.size());
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.get("lang") + " " + r.get("word"), () -> {
            Article a = new Article("pronoun-" + r.get("word"), "Titre\n\n" + r.get("example"),
                    LocalDate.of(2024, 5, 2), null, null, null, null);
            List<Quote> qs = Diurna.read(a).get(Layers.QUOTES);
            assertEquals(2, qs.size(), r.get("example") + " → " + qs);
            assertNotNull(qs.get(0).speaker(), "first quote has no speaker: " + qs);
            assertNotNull(qs.get(1).speaker(), "second quote has no speaker: " + qs);
            assertEquals(qs.get(0).speaker().name(), qs.get(1).speaker().name(), r.get("example"));
        }));
    }
}
