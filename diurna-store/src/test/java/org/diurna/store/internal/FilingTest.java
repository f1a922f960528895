package org.diurna.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.diurna.model.Place;
import org.diurna.store.EventActor;
import org.junit.jupiter.api.Test;

/** In-memory filing of tellings into event rows, the rule the corpus job shares with the store's writer. */
class FilingTest {
    static final EventActor TUR = new EventActor("Erdogan", "TUR", "GOV", "person:erdogan");
    static final EventActor RUS = new EventActor("Poutine", "RUS", "GOV", "person:putin");
    static final EventActor RUS_MIL = new EventActor("aviation russe", "RUS", "MIL", null);
    static final EventActor SYR_REB = new EventActor("rebelles", "SYR", "REB", null);
    static final Place ALEPPO = new Place("Aleppo", "SYR", "city", 36.2, 37.16);
    static final Place SYRIA = new Place("Syria", "SYR", "country", 35.0, 38.0);

    static Facts facts(String plover, EventActor s, EventActor t, String date, Place place) {
        return new Facts(plover, null, "04", s, t, false, date, date.length() == 10 ? "day" : "month", place,
                "asserted");
    }

    static Filing.Telling told(long seq, int i, Facts f) {
        return new Filing.Telling(seq, i, "art" + seq, "e" + (i + 1), false, f, "evidence " + seq + "/" + i);
    }

    static Filing.Telling copy(long seq, int i, Facts f) {
        return new Filing.Telling(seq, i, "art" + seq, "e" + (i + 1), true, f, null);
    }

    @Test void articlesTellingOneCallMakeOneRowWithEveryTelling() {
        Filing.Result r = Filing.file(List.of(
                told(1, 0, facts("CONSULT", TUR, RUS, "2016-11-30", ALEPPO)),
                told(2, 0, facts("CONSULT", RUS, TUR, "2016-11-30", null)),
                told(3, 0, facts("CONSULT", TUR, RUS, "2016-11-30", SYRIA))));
        assertEquals(1, r.rows().size());
        assertEquals(Ids.event("art1", "e1"), r.rows().get(0).eventId());
        assertEquals(3, r.assignments().size());
        assertEquals(ALEPPO, r.rows().get(0).facts().place(), "a city is finer than none or the country");
    }

    @Test void anOrientedRelationDoesNotJoinItsReverse() {
        Filing.Result r = Filing.file(List.of(
                told(1, 0, facts("ASSAULT", RUS_MIL, SYR_REB, "2016-11-29", ALEPPO)),
                told(2, 0, facts("ASSAULT", SYR_REB, RUS_MIL, "2016-11-29", ALEPPO))));
        assertEquals(2, r.rows().size());
        assertEquals(Filing.block(facts("ASSAULT", RUS_MIL, SYR_REB, "2016-11-29", null)),
                Filing.block(facts("ASSAULT", SYR_REB, RUS_MIL, "2016-11-29", null)), "one block: either order");
    }

    @Test void twoTellingsOfOneArticleStayTwoRows() {
        // the reading's merger decided they are distinct happenings; the filing does not overrule it
        Filing.Result r = Filing.file(List.of(
                told(1, 0, facts("CONSULT", TUR, RUS, "2016-11", null)),
                told(1, 1, facts("CONSULT", TUR, RUS, "2016-11-30", null))));
        assertEquals(2, r.rows().size());
    }

    @Test void aCopysEventThatNoOriginalToldIsDroppedAndOneThatWasToldJoins() {
        Filing.Result r = Filing.file(List.of(
                told(1, 0, facts("CONSULT", TUR, RUS, "2016-11-30", null)),
                copy(2, 0, facts("CONSULT", TUR, RUS, "2016-11-30", null)),
                copy(2, 1, facts("CONSULT", TUR, RUS, "2016-10-02", null))));
        assertEquals(1, r.rows().size());
        assertEquals(List.of(new Filing.Assignment("art1", "e1", Ids.event("art1", "e1")),
                new Filing.Assignment("art2", "e1", Ids.event("art1", "e1"))), r.assignments());
    }

    @Test void aFinerDateRefinesTheRowAndThenKeepsOtherDaysOut() {
        Filing.Result r = Filing.file(List.of(
                told(1, 0, facts("CONSULT", TUR, RUS, "2016-11", null)),
                told(2, 0, facts("CONSULT", TUR, RUS, "2016-11-30", null)),
                told(3, 0, facts("CONSULT", TUR, RUS, "2016-11-15", null))));
        assertEquals(2, r.rows().size());
        assertEquals("2016-11-30", r.rows().get(0).facts().date());
        assertEquals("2016-11-15", r.rows().get(1).facts().date());
    }

    @Test void aRowOfTheSameDateIsPreferredToAMoreToldOne() {
        Filing.Result r = Filing.file(List.of(
                told(1, 0, facts("CONSULT", TUR, RUS, "2016-11", null)),
                told(1, 1, facts("CONSULT", TUR, RUS, "2016-11-30", null)),
                told(2, 0, facts("CONSULT", TUR, RUS, "2016-11", null)),
                told(3, 0, facts("CONSULT", TUR, RUS, "2016-11-30", null))));
        assertEquals(2, r.rows().size());
        String dayRow = Ids.event("art1", "e2");
        assertEquals(dayRow, r.assignments().get(3).eventId(), r.assignments().toString());
        assertNotEquals(dayRow, r.assignments().get(2).eventId(), "a month telling joins the month row first");
    }

    @Test void theResultDoesNotDependOnTheOrderTheTellingsArriveIn() {
        List<Filing.Telling> all = new ArrayList<>();
        String[] dates = {"2016-11", "2016-11-30", "2016-11-29", "2016", "2016-11-30"};
        for (int a = 1; a <= 30; a++) {
            all.add(told(a, 0, facts("CONSULT", a % 2 == 0 ? TUR : RUS, a % 2 == 0 ? RUS : TUR, dates[a % 5], null)));
            if (a % 3 == 0) all.add(told(a, 1, facts("CONSULT", TUR, RUS, dates[(a + 1) % 5], SYRIA)));
        }
        Filing.Result sorted = Filing.file(all);
        List<Filing.Telling> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(7));
        Filing.Result other = Filing.file(shuffled);
        assertEquals(sorted.rows().stream().map(Filing.Row::eventId).toList(),
                other.rows().stream().map(Filing.Row::eventId).toList());
        assertEquals(sorted.assignments(), other.assignments());
    }
}
