package org.diurna.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diurna.Diurna;
import org.diurna.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Every row of the French predicate lexicon reads its own test sentence with the real models: the row fires, with its
 * PLOVER type and the source and target its {@code expect} column names ({@link LexiconCheck}).
 */
class FrenchLexiconIT {
    @Test void everyRowReadsItsExample() {
        List<Predicate> rows = Lexicon.of("fr").all();
        List<LexiconCheck.Failure> bad = LexiconCheck.run(Lexicon.of("fr"), rows,
                // the language is declared, as "diurna lexicon-check" does: a one-sentence example is too short for
                // the detector to be the thing under test
                s -> Diurna.read(new Article("example", s, LexiconCheck.DAY, null, null, null, "fr")), () -> { });
        bad.forEach(System.out::println);
        System.out.printf("French lexicon: %d rows, %d read their example right%n", rows.size(), rows.size() - bad.size());
        assertTrue(bad.isEmpty(), bad.size() + " of " + rows.size() + " rows fail their example");
    }
}
