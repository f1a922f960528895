package org.diurna.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diurna.model.Place;
import org.diurna.store.EventActor;
import org.junit.jupiter.api.Test;

class ClusteringTest {
    static final EventActor TUR = new EventActor("Erdogan", "TUR", "GOV", null);
    static final EventActor RUS = new EventActor("Putin", "RUS", "GOV", null);
    static final EventActor RUS_MIL = new EventActor("Russian army", "RUS", "MIL", null);
    static final Place ALEPPO = new Place("Aleppo", "SYR", "city", 36.2, 37.16);
    static final Place SYRIA = new Place("Syria", "SYR", "country", 35.0, 38.0);
    static final Place ANKARA = new Place("Ankara", "TUR", "capital", 39.9, 32.8);

    static Facts f(String plover, EventActor s, EventActor t, boolean sym, String date, Place p, String fact) {
        return new Facts(plover, null, "04", s, t, sym, date, null, p, fact);
    }

    static Facts call(String date, Place p) {
        return f("CONSULT", TUR, RUS, false, date, p, "asserted");
    }

    @Test void sameTellingJoins() {
        assertTrue(Clustering.compatible(call("2016-11-30", ALEPPO), call("2016-11-30", ALEPPO)));
    }

    @Test void datesMustBeEqualOrPrefix() {
        assertTrue(Clustering.compatible(call("2016-11", null), call("2016-11-30", null)));
        assertTrue(Clustering.compatible(call("2016-11-30", null), call("2016", null)));
        assertFalse(Clustering.compatible(call("2016-11-29", null), call("2016-11-30", null)));
        assertFalse(Clustering.compatible(call(null, null), call("2016-11-30", null)), "null only with null");
        assertTrue(Clustering.compatible(call(null, null), call(null, null)));
        assertFalse(IsoDates.compatible("2016-1", "2016-11"), "prefix only at a field boundary");
        assertFalse(IsoDates.compatible("2016-SU", "2016-07-01"));
    }

    @Test void placesMustShareTheCountryUnlessUnknown() {
        assertTrue(Clustering.compatible(call("2016", ALEPPO), call("2016", SYRIA)));
        assertTrue(Clustering.compatible(call("2016", ALEPPO), call("2016", null)));
        assertFalse(Clustering.compatible(call("2016", ALEPPO), call("2016", ANKARA)));
    }

    @Test void actorOrderMattersOnlyForDirectedRelations() {
        assertTrue(Clustering.compatible(call("2016", null), f("CONSULT", RUS, TUR, false, "2016", null, "asserted")),
                "CONSULT is mutual");
        Facts accuse = f("ACCUSE", TUR, RUS, false, "2016", null, "asserted");
        assertFalse(Clustering.compatible(accuse, f("ACCUSE", RUS, TUR, false, "2016", null, "asserted")));
        assertTrue(Clustering.compatible(accuse, f("ACCUSE", RUS, TUR, true, "2016", null, "asserted")),
                "a telling marked symmetric");
        assertFalse(Clustering.compatible(call("2016", null), f("CONSULT", TUR, RUS_MIL, false, "2016", null,
                "asserted")), "sector differs");
        assertTrue(Clustering.compatible(call("2016", null), f("CONSULT", new EventActor("Yildirim", "TUR", "GOV",
                null), RUS, false, "2016", null, "asserted")), "same code, another person");
    }

    @Test void typeAndFactualityMustMatch() {
        assertFalse(Clustering.compatible(call("2016", null), f("AGREE", TUR, RUS, false, "2016", null, "asserted")));
        assertFalse(Clustering.compatible(call("2016", null), f("CONSULT", TUR, RUS, false, "2016", null,
                "planned")));
    }

    @Test void refiningKeepsTheFinerDateAndPlace() {
        Facts row = call("2016-11", SYRIA);
        Facts r = Clustering.refine(row, new Facts("CONSULT", "phone", "04", RUS, TUR, false, "2016-11-30", "day",
                ALEPPO, "asserted"));
        assertEquals("2016-11-30", r.date());
        assertEquals("day", r.datePrecision());
        assertEquals(ALEPPO, r.place());
        assertEquals("phone", r.mode());
        assertEquals(TUR, r.source(), "actors stay as first told");
        assertSame(row.place(), Clustering.refine(row, call("2016-11", null)).place());
        assertEquals(row, Clustering.refine(row, call("2016", null)));
    }
}
