package org.diurna.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diurna.Diurna;
import org.diurna.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Every English predicate row that carries a test sentence reads it with the real models: the row (or a narrower row
 * of the same verb) fires with its PLOVER type and the source and target of its {@code expect} column. The rows
 * derived from the CAMEO verb dictionary (predicates-en-cameo.tsv) all carry one; their generator leaves out the rows
 * whose sentence does not read, so a change to the parser, the actors or the argument slots that breaks them shows
 * here.
 */
class EnglishLexiconIT {
    @Test void everyRowWithAnExampleReadsIt() {
        List<Predicate> rows = Lexicon.of("en").all().stream().filter(p -> !p.example().isBlank()).toList();
        assertTrue(rows.size() >= 2000, "English rows with a test sentence: " + rows.size()
                + " (predicates-en-cameo.tsv missing?)");
        List<LexiconCheck.Failure> bad = LexiconCheck.run(Lexicon.of("en"), rows,
                s -> Diurna.read(new Article("example", s, LexiconCheck.DAY, null, null, null, "en")), () -> { });
        bad.forEach(System.out::println);
        System.out.printf("English lexicon: %d rows with a sentence, %d read it right%n", rows.size(),
                rows.size() - bad.size());
        assertTrue(bad.isEmpty(), bad.size() + " of " + rows.size() + " rows fail their example");
    }
}
