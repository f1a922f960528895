package org.diurna.time.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diurna.model.Timex;
import org.diurna.time.TemporalTagger;
import org.junit.jupiter.api.Test;

class EnglishRulesTest {
    private static final LocalDate WED = LocalDate.of(2016, 11, 30);
    private static final RuleEngine EN = new RuleEngine(RuleSet.forLanguage("en"));

    private static String value(String text, String annotated) {
        HandTagged h = HandTagged.of(annotated);
        List<Timex> t = EN.apply(h.text, h.sentences, WED, List.of());
        return t.stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + t)).value();
    }

    @Test void weekdaysFollowTheTense() {
        assertEquals("2016-12-01", value("Thursday", "Lavrov/NNP is/VBZ expected/VBN in/IN Turkey/NNP on/IN Thursday/NNP"));
        assertEquals("2016-11-24", value("Thursday", "Lavrov/NNP arrived/VBD on/IN Thursday/NNP"));
        assertEquals("2016-12-05", value("Monday", "He/PRP will/MD travel/VB on/IN Monday/NNP"));
        assertEquals("2016-11-29TEV", value("Tuesday evening", "He/PRP was/VBD hurt/VBN on/IN Tuesday/NNP evening/NN"));
    }

    @Test void relativeDays() {
        assertEquals("2016-11-29", value("the day before", "Erdogan/NNP had/VBD said/VBN the/DT day/NN before/RB"));
        assertEquals("2016-SU", value("last summer", "the/DT operation/NN launched/VBN last/JJ summer/NN"));
        assertEquals("2016-W48", value("this week", "He/PRP came/VBD this/DT week/NN"));
        assertEquals("2016-11-28", value("two days ago", "He/PRP left/VBD two/CD days/NNS ago/RB"));
    }

    @Test void pastFewDaysIsOngoing() {
        HandTagged h = HandTagged.of("Forces/NNS have/VBP advanced/VBN over/IN the/DT past/JJ few/JJ days/NNS");
        Timex t = EN.apply(h.text, h.sentences, WED, List.of()).get(0);
        assertEquals("PXD", t.value());
        assertTrue(TemporalTagger.isOngoing(t));
    }
}
