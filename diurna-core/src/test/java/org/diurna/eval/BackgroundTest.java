package org.diurna.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.diurna.eval.Fx.ev;
import static org.diurna.eval.Fx.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackgroundTest {
    /** One gold event, a habitual relation and a dated past operation. */
    private static ObjectNode gold() {
        ObjectNode g = events(ev("G1", "CONSULT", "FRA GOV", "DEU GOV", "2020-03-04"));
        g.set("background", Fx.json("""
                [{"what": "France backs the Ruritanian rebels; Germany backs the government", "plover": "SUPPORT",
                  "source": "FRA GOV / DEU GOV", "target": "RUR REB / RUR GOV", "factuality": "habitual"},
                 {"what": "French operation last spring", "plover": "ASSAULT", "source": "FRA MIL", "target": "RUR",
                  "date": "2019-SP", "factuality": "asserted"},
                 {"what": "casualty figures", "numbers": [{"value": 10}]}]
                """));
        return g;
    }

    private static ScoreReport score(ObjectNode... produced) {
        ObjectNode p = events(ev("p0", "CONSULT", "FRA GOV", "DEU GOV", "2020-03-04"));
        for (ObjectNode e : produced) ((com.fasterxml.jackson.databind.node.ArrayNode) p.get("events")).add(e);
        return ReadingScorer.score(gold(), p, "");
    }

    @Test
    void backgroundEventsAreNeitherTruePositivesNorFalsePositives() {
        ObjectNode habitual = ev("p1", "SUPPORT", "DEU GOV", "RUR GOV", null).put("factuality", "habitual");
        ObjectNode pastOp = ev("p2", "ASSAULT", "FRA MIL", "RUR MIL", "2019-SP");
        ScoreReport r = score(habitual, pastOp);
        assertEquals(1, r.truePositives());
        assertEquals(0, r.falsePositives());
        assertEquals(1.0, r.precision(), 1e-9);
        assertEquals(2, r.backgroundAccepted().size());
        assertTrue(r.backgroundViolations().isEmpty());
    }

    @Test
    void backgroundCountriesMustBeAmongThoseListed() {
        ScoreReport r = score(ev("p1", "SUPPORT", "ITA GOV", "RUR GOV", null).put("factuality", "habitual"));
        assertEquals(1, r.falsePositives());
        assertTrue(r.backgroundAccepted().isEmpty());
        assertTrue(r.backgroundViolations().isEmpty());
    }

    @Test
    void backgroundWithWrongDateIsViolationAndFalsePositive() {
        ScoreReport r = score(ev("p2", "ASSAULT", "FRA MIL", "RUR REB", "2020-03-04"));
        assertEquals(1, r.falsePositives());
        assertEquals(1, r.backgroundViolations().size());
        ExtraEvent v = r.backgroundViolations().get(0);
        assertEquals("p2", v.id());
        assertTrue(v.note().contains("2019-SP"), v.note());
        assertEquals(v, r.falsePositiveEvents().get(0));
    }

    @Test
    void habitualBackgroundMustNotBeDated() {
        ScoreReport r = score(ev("p1", "SUPPORT", "FRA GOV", "RUR REB", "2020-03-04").put("factuality", "habitual"));
        assertEquals(1, r.backgroundViolations().size());
        assertEquals(1, r.falsePositives());
        assertEquals(0.5, r.precision(), 1e-9);
    }

    @Test
    void habitualBackgroundMustKeepItsFactuality() {
        ScoreReport r = score(ev("p1", "SUPPORT", "FRA GOV", "RUR REB", null));   // asserted
        assertEquals(1, r.backgroundViolations().size());
        assertTrue(r.backgroundViolations().get(0).note().contains("factuality asserted"));
    }

    @Test
    void goldMatchComesBeforeBackground() {
        ObjectNode g = gold();
        ((com.fasterxml.jackson.databind.node.ArrayNode) g.get("events"))
                .add(ev("G2", "SUPPORT", "FRA GOV", "RUR REB", "2020-03-04"));
        ScoreReport r = ReadingScorer.score(g, events(ev("p1", "SUPPORT", "FRA GOV", "RUR REB", "2020-03-04")), "");
        assertEquals(1, r.truePositives());
        assertTrue(r.backgroundViolations().isEmpty());
    }
}
