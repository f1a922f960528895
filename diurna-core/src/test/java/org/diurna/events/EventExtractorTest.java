package org.diurna.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.diurna.model.Event;
import org.diurna.model.Sentence;
import org.diurna.model.Timex;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.junit.jupiter.api.Test;

/** Actors and events on hand-made parses: the stages' logic without the statistical models. */
class EventExtractorTest {
    @Test void aCountryAccusesAnotherOnTheDayItsTextGives() {
        String t = "La Turquie a accusé mardi la Russie.";
        Sentence s = HandParsed.sentence(t, "La DET 1 det", "Turquie PROPN 3 nsubj I-LOC", "a AUX 3 aux",
                "accusé VERB -1 root", "mardi NOUN 3 obl", "la DET 6 det", "Russie PROPN 3 obj I-LOC", ". PUNCT 3 punct");
        Timex mardi = new Timex(t.indexOf("mardi"), t.indexOf("mardi") + 5, "mardi", "DATE", "2016-11-29", "test");
        Document d = HandParsed.read(t, "2016-11-30", s, List.of(mardi));
        List<Event> es = d.get(Layers.EVENTS);
        assertEquals(1, es.size(), es.toString());
        Event e = es.get(0);
        assertEquals("ACCUSE", e.plover());
        assertEquals("11", e.cameo());
        assertEquals("TUR", e.source().country());
        assertEquals("GOV", e.source().sector());
        assertEquals("RUS", e.target().country());
        assertEquals("2016-11-29", e.date());
        assertEquals("day", e.datePrecision());
        assertEquals("asserted", e.factuality());
    }

    @Test void aNegatedMeetingIsNegatedAndUndated() {
        String t = "Le Mali n'a pas rencontré la France.";
        Sentence s = HandParsed.sentence(t, "Le DET 1 det", "Mali PROPN 5 nsubj I-LOC", "n' ADV 5 advmod",
                "a AUX 5 aux", "pas ADV 5 advmod", "rencontré VERB -1 root", "la DET 7 det",
                "France PROPN 5 obj I-LOC", ". PUNCT 5 punct");
        Event e = HandParsed.read(t, "2022-01-31", s, List.of()).get(Layers.EVENTS).get(0);
        assertEquals("CONSULT", e.plover());
        assertEquals("negated", e.factuality());
        assertNull(e.date());
    }

    @Test void aStandingSupportInThePresentIsHabitualNotDated() {
        String t = "Ankara appuie les rebelles en Syrie.";
        Sentence s = HandParsed.sentence(t, "Ankara PROPN 1 nsubj I-LOC", "appuie VERB -1 root", "les DET 3 det",
                "rebelles NOUN 1 obj", "en ADP 5 case", "Syrie PROPN 1 obl I-LOC", ". PUNCT 1 punct");
        Event e = HandParsed.read(t, "2016-11-30", s, List.of()).get(Layers.EVENTS).get(0);
        assertEquals("SUPPORT", e.plover());
        assertEquals("TUR", e.source().country());
        assertEquals("REB", e.target().sector());
        assertEquals("SYR", e.target().country(), "the rebels' country comes from the place in the sentence");
        assertEquals("habitual", e.factuality());
        assertNull(e.date());
    }

    @Test void aConditionalThreatIsHypothetical() {
        String t = "Washington pourrait frapper l'Iran.";
        Sentence s = HandParsed.sentence(t, "Washington PROPN 1 nsubj I-LOC", "pourrait VERB -1 root",
                "frapper VERB 1 xcomp", "l' DET 4 det", "Iran PROPN 2 obj I-LOC", ". PUNCT 1 punct");
        Event e = HandParsed.read(t, "2024-10-10", s, List.of()).get(Layers.EVENTS).get(0);
        assertEquals("ASSAULT", e.plover());
        assertEquals("hypothetical", e.factuality());
        assertEquals("MIL", e.source().sector(), "a state strikes through its armed forces");
        assertNull(e.date());
    }

    @Test void anUnknownOfficialIsCodedByHisTitleAndDemonym() {
        String t = "Le conseiller américain John Doe a accusé la Russie.";
        Sentence s = HandParsed.sentence(t, "Le DET 1 det", "conseiller NOUN 6 nsubj", "américain ADJ 1 amod",
                "John PROPN 1 appos I-PER", "Doe PROPN 3 flat:name I-PER", "a AUX 6 aux", "accusé VERB -1 root",
                "la DET 8 det", "Russie PROPN 6 obj I-LOC", ". PUNCT 6 punct");
        Event e = HandParsed.read(t, "2021-01-18", s, List.of()).get(Layers.EVENTS).get(0);
        assertEquals("ACCUSE", e.plover());
        assertEquals("John Doe", e.source().name());
        assertEquals("USA", e.source().country());
        assertEquals("GOV", e.source().sector());
    }

    @Test void withoutDateOrPublicationTheDateIsUnresolved() {
        String t = "La Turquie a accusé la Russie.";
        Sentence s = HandParsed.sentence(t, "La DET 1 det", "Turquie PROPN 3 nsubj I-LOC", "a AUX 3 aux",
                "accusé VERB -1 root", "la DET 5 det", "Russie PROPN 3 obj I-LOC", ". PUNCT 3 punct");
        Event e = HandParsed.read(t, null, s, List.of()).get(Layers.EVENTS).get(0);
        assertNull(e.date());
        assertEquals("unresolved", e.datePrecision());
    }
}
