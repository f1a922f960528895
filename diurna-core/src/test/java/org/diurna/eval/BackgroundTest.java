package org.diurna.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.diurna.eval.Fx.ev;
import static org.diurna.eval.Fx.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference scorer's background rule: an extra whose PLOVER type a background item has is not counted. */
class BackgroundTest {
    /** One gold event, a habitual relation and a dated past operation. */
    private static ObjectNode gold() {
        ObjectNode g = events(ev("G1", "CONSULT", "FRA GOV", "DEU GOV", "2020-03-04"));
        g.set("background", Fx.json("""
                [{"what": "France backs the Ruritanian rebels; Germany backs the government", "plover": "SUPPORT",
                  "source": "FRA GOV / DEU GOV", "target": "RUR REB / RUR GOV", "factuality": "habitual"},
                 {"what": "French operation last spring", "plover": "ASSAULT", "source": "FRA MIL", "target": "RUR",
                  "date": "2019-SP", "factuality": "asserted"},
                 {"what": "casualty figures", "plover": null}]
                """));
        return g;
    }

    private static ScoreReport score(ObjectNode... produced) {
        ObjectNode p = events(ev("p0", "CONSULT", "FRA GOV", "DEU GOV", "2020-03-04"));
        for (ObjectNode e : produced) ((ArrayNode) p.get("events")).add(e);
        return ReadingScorer.score(gold(), p, "");
    }

    @Test
    void extrasOfABackgroundTypeAreNeitherTruePositivesNorFalsePositives() {
        ObjectNode habitual = ev("p1", "SUPPORT", "DEU GOV", "RUR GOV", null).put("factuality", "habitual");
        ObjectNode otherDyadAndDate = ev("p2", "ASSAULT", "ITA MIL", "RUR MIL", "2020-03-04");
        ScoreReport r = score(habitual, otherDyadAndDate);
        assertEquals(1, r.truePositives());
        assertEquals(0, r.falsePositives());
        assertEquals(1.0, r.precision(), 1e-9);
        assertEquals(2, r.backgroundAccepted().size());
        assertEquals(ErrorKind.BACKGROUND_ACCEPTED, r.backgroundAccepted().get(0).kind());
        assertTrue(r.backgroundAccepted().get(0).note().startsWith("France backs"), r.backgroundAccepted().toString());
    }

    @Test
    void extrasOfAnotherTypeAreFalsePositives() {
        ScoreReport r = score(ev("p1", "THREATEN", "FRA GOV", "RUR GOV", null));
        assertEquals(1, r.falsePositives());
        assertTrue(r.backgroundAccepted().isEmpty());
        // its countries are those of a background item: the breakdown says so
        assertEquals(ErrorKind.BACKGROUND, r.falsePositiveEvents().get(0).kind());
    }

    @Test
    void anUntypedBackgroundItemExemptsNothing() {
        ScoreReport r = score(ev("p1", "PROTEST", "ITA CVL", "ITA GOV", "2020-03-04"));
        assertEquals(1, r.falsePositives());
        assertEquals(ErrorKind.SPURIOUS, r.falsePositiveEvents().get(0).kind());
    }

    @Test
    void goldMatchComesBeforeBackground() {
        ObjectNode g = gold();
        ((ArrayNode) g.get("events")).add(ev("G2", "SUPPORT", "FRA GOV", "RUR REB", "2020-03-04"));
        ScoreReport r = ReadingScorer.score(g, events(ev("p1", "SUPPORT", "FRA GOV", "RUR REB", "2020-03-04")), "");
        assertEquals(1, r.truePositives());
        assertTrue(r.backgroundAccepted().isEmpty());
    }
}
