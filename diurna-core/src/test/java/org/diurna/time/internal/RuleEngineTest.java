package org.diurna.time.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.diurna.model.Timex;
import org.junit.jupiter.api.Test;

/** How rule expressions combine with HeidelTime's, mode by mode, on a small rule file written for the test. */
class RuleEngineTest {
    private static final LocalDate WED = LocalDate.of(2016, 11, 30);
    private static final RuleEngine ENGINE = new RuleEngine(RuleSet.parse(String.join("\n",
            "@version\t1",
            "@define\tWD\tjeudi|samedi",
            "@map\twd\tjeudi=4 samedi=6",
            "@lex\tfuture\tattendue?s?",
            "first\treplace\tTIME\tsamedi soir\tXXXX-WXX-6TEV",
            "weekday\treplace\tDATE\t(?<wd>{WD})(?!\\s*\\d)\tweekday({wd})",
            "decade\trevalue\tDATE\tannées (?<d>60)\tdecade({d})",
            "three\tadd\tDURATION\ttrois jours\tP3D",
            "unprecedented\tremove\t-\tsans précédent\t-",
            "second\treplace\tDATE\tsamedi\tnever-used"), "test.tsv"));

    private static final HandTagged TEXT = HandTagged.of(
            "Il/PRON est/AUX attendu/VERB jeudi/NOUN +,/PUNCT puis/ADV jeudi/NOUN soir/NOUN +./PUNCT",
            "Une/DET crise/NOUN sans/ADP précédent/ADJ depuis/ADP le/DET début/NOUN des/DET années/NOUN 60/NUM +./PUNCT",
            "Trois/NUM jours/NOUN puis/ADV trois/NUM jours/NOUN +,/PUNCT samedi/NOUN soir/NOUN +./PUNCT");

    private static Timex heidelTime(String text, int occurrence, String type, String value) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) at = TEXT.text.indexOf(text, at + 1);
        return new Timex(at, at + text.length(), text, type, value, "heideltime:test");
    }

    private static Timex at(List<Timex> timexes, String text) {
        return timexes.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + timexes));
    }

    @Test void modes() {
        List<Timex> out = ENGINE.apply(TEXT.text, TEXT.sentences, WED, List.of(
                heidelTime("jeudi", 0, "DATE", "2016-11-24"),
                heidelTime("jeudi soir", 0, "TIME", "2016-11-24TEV"),
                heidelTime("précédent", 0, "DATE", "PAST_REF"),
                heidelTime("début des années 60", 0, "DATE", "0060"),
                heidelTime("Trois jours", 0, "DURATION", "P3D")));
        // replace: the rule knows the tense ("est attendu"), HeidelTime's wrong Thursday goes
        assertEquals("2016-12-01", at(out, "jeudi").value());
        assertEquals("diurna:weekday", at(out, "jeudi").rule());
        // replace never cuts a wider HeidelTime expression: "jeudi soir" stays whole, HeidelTime's
        assertEquals("heideltime:test", at(out, "jeudi soir").rule());
        // revalue: the wider span stays, with the rule's value
        assertEquals("196X", at(out, "début des années 60").value());
        assertEquals("diurna:decade", at(out, "début des années 60").rule());
        // remove
        assertEquals(0, out.stream().filter(t -> t.text().equals("précédent")).count());
        // add: only where HeidelTime has nothing
        assertEquals("heideltime:test", at(out, "Trois jours").rule());
        assertEquals("diurna:three", at(out, "trois jours").rule());
        // the earlier rule wins over an overlapping later one
        assertEquals("XXXX-WXX-6TEV", at(out, "samedi soir").value());
        assertEquals(6, out.size(), out.toString());
        for (int i = 1; i < out.size(); i++) {
            assertEquals(true, out.get(i - 1).start() <= out.get(i).start(), "text order: " + out);
        }
    }
}
