package org.diurna.time.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSetTest {
    private static final String FILE = String.join("\n",
            "# a comment",
            "@version\t7",
            "@define\tWD\tlundi|mardi",
            "@map\twd\tlundi=1 mardi=2",
            "@map\tn\tdeux=2 fin_d'après-midi=AF",
            "@lex\tfuture\tdoit|va",
            "weekday\treplace\tDATE\t(?<wd>{WD})\tweekday({wd})",
            "age\tremove\t-\tde (?<t>\\d+ ans)(?!\\p{L})\t-\tbefore=NOUN|PROPN",
            "");

    @Test void parsesDirectivesAndRules() {
        RuleSet r = RuleSet.parse(FILE, "test.tsv");
        assertEquals("7", r.version());
        assertEquals(2, r.rules().size());
        Rule weekday = r.rules().get(0);
        assertEquals("weekday", weekday.name());
        assertEquals(Rule.Mode.REPLACE, weekday.mode());
        assertEquals(List.of("wd"), weekday.groups());
        assertTrue(weekday.pattern().matcher("Il vient MARDI.").find());
        assertFalse(weekday.pattern().matcher("les lundistes").find(), "a match must not end inside a word");
        Rule age = r.rules().get(1);
        assertEquals(Rule.Mode.REMOVE, age.mode());
        assertEquals(Set.of("NOUN", "PROPN"), age.beforePos());
        assertTrue(r.lexicon("future").matcher("va").matches());
    }

    @Test void normalisesGroupsThroughTheirMap() {
        RuleSet r = RuleSet.parse(FILE, "test.tsv");
        assertEquals("2", r.normalise("wd", "Mardi"));
        assertEquals("2", r.normalise("wd2", "mardi"), "trailing digits of a group name share the map");
        assertEquals("AF", r.normalise("n", "fin d'après-midi"));
        assertEquals("14", r.normalise("h", "14"));
    }

    @Test void requiredLiteralsLetSentencesBeSkipped() {
        Rule weekday = RuleSet.parse(FILE, "test.tsv").rules().get(0);
        assertTrue(weekday.mayMatch("il vient mardi"));
        assertFalse(weekday.mayMatch("il vient demain"));
    }

    @Test void badLinesNameTheirPlace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleSet.parse("@version\t1\nx\treplace\tDATE\t{NOPE}\tP1D\n", "bad.tsv"));
        assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RuleSet.parse("x\tsometimes\tDATE\ta\tb\n", "bad.tsv"));
        assertThrows(IllegalArgumentException.class, () -> RuleSet.parse("x\treplace\tDATE\t(unclosed\tb\n", "bad.tsv"));
        assertThrows(IllegalArgumentException.class, () -> RuleSet.parse("x\treplace\tDATE\n", "bad.tsv"));
    }

    @Test void shippedFilesLoad() {
        for (String lang : List.of("fr", "en")) {
            RuleSet r = RuleSet.forLanguage(lang);
            assertFalse(r.rules().isEmpty(), lang);
            assertTrue(r.version().matches("\\d+(\\.\\d+)*"), lang + " version " + r.version());
            assertTrue(r.lexicon("future") != null, lang);
        }
        assertTrue(RuleSet.forLanguage("xx").rules().isEmpty());
    }
}
