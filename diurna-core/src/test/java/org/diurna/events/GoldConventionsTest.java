package org.diurna.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.diurna.model.Event;
import org.diurna.model.Sentence;
import org.diurna.model.Timex;
import org.diurna.pipeline.Layers;
import org.junit.jupiter.api.Test;

/**
 * The analysts' conventions (../shared/eval/GOLD-GUIDE.md) on hand-made parses: who an unnamed attacker is, what a
 * country as agent is, what a place attacked or a protest without protesters stands for, what a recurring or a
 * number-like time expression dates. Each case was a miss or an extra on the Wikinews development gold.
 */
class GoldConventionsTest {
    @Test void aCountryDeployingTroopsIsItsGovernment() {
        String t = "La Pologne a déployé des soldats.";
        Sentence s = HandParsed.sentence(t, "La DET 1 det", "Pologne PROPN 3 nsubj I-LOC", "a AUX 3 aux",
                "déployé VERB -1 root", "des DET 5 det", "soldats NOUN 3 obj", ". PUNCT 3 punct");
        Event e = HandParsed.read(t, "2021-11-10", s, List.of()).get(Layers.EVENTS).get(0);
        assertEquals("MOBILIZE", e.plover());
        assertEquals("POL", e.source().country());
        assertEquals("GOV", e.source().sector(), "a country named as the agent is its government");
    }

    @Test void unidentifiedPeopleFiringOnACrowdAttackItAndThePoliceRepressesIt() {
        Event attack = fireOnCrowd("Des individus ont ouvert le feu sur la foule à Istanbul.", "individus");
        assertEquals("ASSAULT", attack.plover());
        assertNull(attack.source().country(), "the text does not say who they are");
        assertNull(attack.source().sector());
        assertEquals("TUR", attack.target().country());
        assertEquals("CVL", attack.target().sector());
        Event repression = fireOnCrowd("Des policiers ont ouvert le feu sur la foule à Istanbul.", "policiers");
        assertEquals("COERCE", repression.plover(), "a state's force firing on a crowd represses it");
        assertEquals("COP", repression.source().sector());
    }

    private static Event fireOnCrowd(String t, String who) {
        Sentence s = HandParsed.sentence(t, "Des DET 1 det", who + " NOUN 3 nsubj", "ont AUX 3 aux",
                "ouvert VERB -1 root", "le DET 5 det", "feu NOUN 3 obj", "sur ADP 8 case", "la DET 8 det",
                "foule NOUN 3 obl", "à ADP 10 case", "Istanbul PROPN 3 obl I-LOC", ". PUNCT 3 punct");
        List<Event> es = HandParsed.read(t, "2017-01-01", s, List.of()).get(Layers.EVENTS);
        assertEquals(1, es.size(), es.toString());
        return es.get(0);
    }

    @Test void aBombingWhoseOnlyTargetIsItsPlaceStrikesThePlacesCivilians() {
        String t = "Une voiture piégée a explosé à Ankara.";
        Sentence s = HandParsed.sentence(t, "Une DET 1 det", "voiture NOUN 4 nsubj", "piégée ADJ 1 amod",
                "a AUX 4 aux", "explosé VERB -1 root", "à ADP 6 case", "Ankara PROPN 4 obl I-LOC", ". PUNCT 4 punct");
        Event e = HandParsed.read(t, "2016-03-13", s, List.of()).get(Layers.EVENTS).get(0);
        assertEquals("ASSAULT", e.plover());
        assertEquals("TUR", e.target().country());
        assertEquals("CVL", e.target().sector());
    }

    @Test void aCityRetakenIsNoAttackOnItsCivilians() {
        String t = "L'armée syrienne a repris Alep.";
        Sentence s = HandParsed.sentence(t, "L' DET 1 det", "armée NOUN 4 nsubj", "syrienne ADJ 1 amod", "a AUX 4 aux",
                "repris VERB -1 root", "Alep PROPN 4 obj I-LOC", ". PUNCT 4 punct");
        Event e = HandParsed.read(t, "2016-12-22", s, List.of()).get(Layers.EVENTS).get(0);
        assertEquals("ASSAULT", e.plover());
        assertEquals("SYR", e.source().country());
        assertEquals("MIL", e.source().sector());
        assertEquals("SYR", e.target().country());
        assertNull(e.target().sector(), "who held the city is unknown; its people were not the target");
    }

    @Test void aProtestWithoutItsProtestersIsByThePeopleOfItsPlaceAndARecurringOneIsAHabit() {
        String t = "Des manifestations ont eu lieu samedi à Caracas.";
        Sentence s = HandParsed.sentence(t, "Des DET 1 det", "manifestations NOUN 3 nsubj", "ont AUX 3 aux",
                "eu VERB -1 root", "lieu NOUN 3 obj", "samedi NOUN 3 obl", "à ADP 7 case",
                "Caracas PROPN 3 obl I-LOC", ". PUNCT 3 punct");
        Timex samedi = new Timex(t.indexOf("samedi"), t.indexOf("samedi") + 6, "samedi", "DATE", "2017-01-21", "test");
        Event e = HandParsed.read(t, "2017-01-22", s, List.of(samedi)).get(Layers.EVENTS).get(0);
        assertEquals("PROTEST", e.plover());
        assertEquals("VEN", e.source().country());
        assertEquals("CVL", e.source().sector());
        assertEquals("2017-01-21", e.date());
        Timex every = new Timex(t.indexOf("samedi"), t.indexOf("samedi") + 6, "samedi", "SET", "XXXX-WXX-6", "test");
        Event habit = HandParsed.read(t, "2017-01-22", s, List.of(every)).get(Layers.EVENTS).get(0);
        assertEquals("habitual", habit.factuality(), "what recurs is a habit");
        assertNull(habit.date());
    }

    @Test void aVerbWithTwoSubjectsTakesTheActorAndAWrittenDateWinsOverARelativeOne() {
        String t = "Le lendemain, le 17 février, la police mène des opérations militaires.";
        Sentence s = HandParsed.sentence(t, "Le DET 1 det", "lendemain NOUN 10 nsubj", ", PUNCT 10 punct",
                "le DET 5 det", "17 NUM 5 nummod", "février NOUN 10 obl:mod", ", PUNCT 10 punct", "la DET 8 det",
                "police NOUN 10 nsubj", "mène VERB -1 root", "des DET 11 det", "opérations NOUN 9 obj",
                "militaires ADJ 11 amod", ". PUNCT 9 punct");
        Timex next = new Timex(0, t.indexOf(","), "Le lendemain", "DATE", "2017-02-18", "test");
        Timex written = new Timex(t.indexOf("le 17"), t.indexOf("février") + 7, "le 17 février", "DATE", "2017-02-17",
                "test");
        List<Event> es = HandParsed.read(t, "2017-02-17", s, List.of(next, written)).get(Layers.EVENTS);
        assertEquals(1, es.size(), es.toString());
        Event e = es.get(0);
        assertEquals("ASSAULT", e.plover());
        assertEquals("COP", e.source().sector(), "the subject that names an actor is the verb's subject");
        assertEquals("2017-02-17", e.date(), "a written date says more than 'le lendemain'");
        assertEquals("asserted", e.factuality());
    }

    @Test void aRoleNounBeforeAGroupsNameIsTheGroupAndAHotelOfACityIsItsPeople() {
        String t = "Les islamistes shebab ont attaqué un hôtel de Mogadiscio.";
        Sentence s = HandParsed.sentence(t, "Les DET 1 det", "islamistes NOUN 4 nsubj", "shebab PROPN 1 appos I-ORG",
                "ont AUX 4 aux", "attaqué VERB -1 root", "un DET 6 det", "hôtel NOUN 4 obj", "de ADP 8 case",
                "Mogadiscio PROPN 6 nmod I-LOC", ". PUNCT 4 punct");
        Event e = HandParsed.read(t, "2017-01-25", s, List.of()).get(Layers.EVENTS).get(0);
        assertEquals("ASSAULT", e.plover());
        assertEquals("SOM", e.source().country(), "the shebab are Somali rebels, not islamists of nowhere");
        assertEquals("REB", e.source().sector());
        assertEquals("SOM", e.target().country());
        assertEquals("CVL", e.target().sector(), "a hotel's people, not the capital's government");
    }

    @Test void aGroupAdjectiveOnTheEventNounIsItsDoerBeforeADeComplement() {
        String t = "Des tirs de missiles rebelles contre la mosquée d'un camp militaire yéménite ont fait dix morts.";
        Sentence s = HandParsed.sentence(t, "Des DET 1 det", "tirs NOUN 14 nsubj", "de ADP 3 case",
                "missiles NOUN 1 nmod", "rebelles ADJ 1 amod", "contre ADP 7 case", "la DET 7 det",
                "mosquée NOUN 1 nmod", "d' ADP 10 case", "un DET 10 det", "camp NOUN 7 nmod", "militaire ADJ 10 amod",
                "yéménite ADJ 10 amod", "ont AUX 14 aux", "fait VERB -1 root", "dix NUM 16 nummod", "morts NOUN 14 obj",
                ". PUNCT 14 punct");
        List<Event> es = HandParsed.read(t, "2017-03-19", s, List.of()).get(Layers.EVENTS);
        assertEquals(1, es.size(), es.toString());
        assertEquals("ASSAULT", es.get(0).plover());
        assertEquals("REB", es.get(0).source().sector(), "the rebels fired, not the camp that was hit");
    }

    @Test void aNumberReadAsAnAncientYearDatesNothing() {
        String t = "La Turquie a accusé la Russie de 700 morts.";
        Sentence s = HandParsed.sentence(t, "La DET 1 det", "Turquie PROPN 3 nsubj I-LOC", "a AUX 3 aux",
                "accusé VERB -1 root", "la DET 5 det", "Russie PROPN 3 obj I-LOC", "de ADP 8 case", "700 NUM 8 nummod",
                "morts NOUN 3 obl", ". PUNCT 3 punct");
        Timex year = new Timex(t.indexOf("700"), t.indexOf("700") + 3, "700", "DATE", "0700", "test");
        Event e = HandParsed.read(t, "2017-01-01", s, List.of(year)).get(Layers.EVENTS).get(0);
        assertEquals("ACCUSE", e.plover());
        assertEquals("2017-01-01", e.date(), "the year 700 is no event date: the publication day is");
    }
}
