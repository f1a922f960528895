package org.diurna.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.diurna.eval.Fx.ev;
import static org.diurna.eval.Fx.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventScoringTest {
    private static ScoreReport score(ObjectNode gold, ObjectNode produced) {
        return ReadingScorer.score(gold, produced, "");
    }

    @Test
    void exactMatchIsTruePositive() {
        ScoreReport r = score(events(ev("G1", "CONSULT", "FRA GOV", "DEU GOV", "2020-01-02")),
                events(ev("p1", "CONSULT", "FRA GOV", "DEU GOV", "2020-01-02")));
        assertEquals(1, r.truePositives());
        assertEquals(0, r.falsePositives());
        assertEquals(0, r.falseNegatives());
        assertEquals(1.0, r.f1(), 1e-9);
        assertEquals(new EventPair("G1", "p1", false), r.matched().get(0));
    }

    @Test
    void eachFieldMustAgree() {
        ObjectNode gold = events(ev("G1", "CONSULT", "FRA GOV", "DEU GOV", "2020-01-02"));
        String[][] wrong = {{"AGREE", "FRA GOV", "DEU GOV", "2020-01-02"}, {"CONSULT", "ITA GOV", "DEU GOV", "2020-01-02"},
            {"CONSULT", "FRA MIL", "DEU GOV", "2020-01-02"}, {"CONSULT", "FRA GOV", "ESP GOV", "2020-01-02"},
            {"CONSULT", "FRA GOV", "DEU MIL", "2020-01-02"}, {"CONSULT", "FRA GOV", "DEU GOV", "2020-01-03"}};
        for (String[] w : wrong) {
            ScoreReport r = score(gold, events(ev("p1", w[0], w[1], w[2], w[3])));
            assertEquals(0, r.truePositives(), String.join(" ", w));
            assertEquals(1, r.falsePositives());
            assertEquals(1, r.falseNegatives());
        }
    }

    @Test
    void missingCountryEqualsEmptyCountry() {
        ObjectNode g = ev("G1", "PROTEST", "FRA CVL", "FRA GOV", "2020-01-02");
        ((ObjectNode) g.get("source")).remove("country");
        ObjectNode p = ev("p1", "PROTEST", "FRA CVL", "FRA GOV", "2020-01-02");
        ((ObjectNode) p.get("source")).put("country", "");
        assertEquals(1, score(events(g), events(p)).truePositives());
    }

    @Test
    void symmetricGoldMatchesSwappedDyad() {
        ObjectNode g = ev("G1", "AGREE", "FRA GOV", "DEU GOV", "2020-01-02").put("symmetric", true);
        ScoreReport r = score(events(g), events(ev("p1", "AGREE", "DEU GOV", "FRA GOV", "2020-01-02")));
        assertEquals(1, r.truePositives());
        assertTrue(r.matched().get(0).swapped());
    }

    @Test
    void asymmetricGoldDoesNotMatchSwappedDyad() {
        ScoreReport r = score(events(ev("G1", "ACCUSE", "FRA GOV", "DEU GOV", "2020-01-02")),
                events(ev("p1", "ACCUSE", "DEU GOV", "FRA GOV", "2020-01-02")));
        assertEquals(0, r.truePositives());
        assertTrue(r.missed().get(0).why().contains("source DEU GOV (want FRA GOV)"), r.missed().get(0).why());
    }

    @Test
    void matchingIsOneToOne() {
        ScoreReport dup = score(events(ev("G1", "CONSULT", "FRA GOV", "DEU GOV", "2020-01-02")),
                events(ev("p1", "CONSULT", "FRA GOV", "DEU GOV", "2020-01-02"),
                        ev("p2", "CONSULT", "FRA GOV", "DEU GOV", "2020-01-02")));
        assertEquals(1, dup.truePositives());
        assertEquals(1, dup.falsePositives());
        assertEquals("p2", dup.falsePositiveEvents().get(0).id());
        assertEquals(0.5, dup.precision(), 1e-9);

        ScoreReport twice = score(events(ev("G1", "CONSULT", "FRA GOV", "DEU GOV", "2020-01-02"),
                        ev("G2", "CONSULT", "FRA GOV", "DEU GOV", "2020-01-02")),
                events(ev("p1", "CONSULT", "FRA GOV", "DEU GOV", "2020-01-02")));
        assertEquals(1, twice.truePositives());
        assertEquals(1, twice.falseNegatives());
        assertEquals("G2", twice.missed().get(0).goldId());
        assertTrue(twice.missed().get(0).why().contains("matched to G1"), twice.missed().get(0).why());
        assertEquals(ErrorKind.TAKEN, twice.missed().get(0).kind());
        assertEquals(0.5, twice.recall(), 1e-9);
    }

    @Test
    void matchingIsGreedyInGoldOrderAsInTheReferenceScorer() {
        // score_reading.py gives each gold event, in order, the first unused produced event that matches it
        ObjectNode g1 = ev("G1", "CONSULT", "FRA GOV", "DEU GOV", "2020-01-02").put("symmetric", true);
        ObjectNode g2 = ev("G2", "CONSULT", "DEU GOV", "FRA GOV", "2020-01-02");
        ScoreReport r = score(events(g1, g2), events(ev("p1", "CONSULT", "DEU GOV", "FRA GOV", "2020-01-02"),
                ev("p2", "CONSULT", "FRA GOV", "DEU GOV", "2020-01-02")));
        assertEquals(1, r.truePositives());
        assertEquals(new EventPair("G1", "p1", true), r.matched().get(0));
        assertEquals("G2", r.missed().get(0).goldId());

        ScoreReport alone = score(events(g1), events(ev("p1", "CONSULT", "DEU GOV", "FRA GOV", "2020-01-02"),
                ev("p2", "CONSULT", "FRA GOV", "DEU GOV", "2020-01-02")));
        assertEquals(List.of(new EventPair("G1", "p1", true)), alone.matched());
        assertEquals("p2", alone.falsePositiveEvents().get(0).id());
        assertEquals(ErrorKind.DUPLICATE, alone.falsePositiveEvents().get(0).kind());
    }

    @Test
    void missedEventNamesClosestCandidateAndField() {
        ScoreReport r = score(events(ev("G7", "CONSULT", "RUS GOV", "TUR GOV", "2016-12-01")),
                events(ev("p1", "ASSAULT", "SYR MIL", "SYR REB", "2016-11-30"),
                        ev("p2", "CONSULT", "RUS GOV", "TUR GOV", "2016-11-24")));
        MissedEvent m = r.missed().get(0);
        assertEquals("p2", m.closestId());
        assertEquals(List.of("date 2016-11-24 (want 2016-12-01)"), m.differences());
        ScoreReport none = score(events(ev("G7", "CONSULT", "RUS GOV", "TUR GOV", "2016-12-01")), events());
        assertNull(none.missed().get(0).closestId());
        assertEquals(0.0, none.f1(), 1e-9);
    }

    @Test
    void precisionRecallF1() {
        ScoreReport r = score(events(ev("G1", "AID", "RUS MIL", "SYR MIL", "2020-01-02"),
                        ev("G2", "REQUEST", "RUS GOV", "TUR GOV", "2020-01-02")),
                events(ev("p1", "AID", "RUS MIL", "SYR MIL", "2020-01-02"),
                        ev("p2", "THREATEN", "RUS GOV", "TUR GOV", "2020-01-02"),
                        ev("p3", "COERCE", "RUS GOV", "TUR GOV", "2020-01-02")));
        assertEquals(1.0 / 3, r.precision(), 1e-9);
        assertEquals(0.5, r.recall(), 1e-9);
        assertEquals(0.4, r.f1(), 1e-9);
        assertFalse(r.passes(0.5));
        assertTrue(r.passes(0.4));
    }
}
