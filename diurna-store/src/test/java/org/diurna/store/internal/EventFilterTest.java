package org.diurna.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.diurna.store.EventQuery;
import org.junit.jupiter.api.Test;

class EventFilterTest {
    @Test void noFilterNoWhere() {
        assertEquals("", EventFilter.of(EventQuery.all()).where());
    }

    @Test void userTextOnlyInParameters() {
        String evil = "x'); DROP TABLE events; --";
        EventFilter f = EventFilter.of(EventQuery.all().actor(evil).outlet(evil).plover(evil).placeCountry(evil)
                .factuality(evil));
        assertFalse(f.where().contains("DROP"));
        assertTrue(f.params().contains(evil));
        assertEquals(f.params().size(), f.where().chars().filter(c -> c == '?').count());
    }

    @Test void everyFilterBindsItsValues() {
        EventFilter f = EventFilter.of(EventQuery.all().actor("TUR GOV").dyad("TUR,RUS").plover("consult").cameo("4")
                .from(LocalDate.of(2016, 1, 1)).to(LocalDate.of(2016, 12, 31)).placeCountry("SYR").outlet("AFP")
                .factuality("asserted").minMentions(2).after("3|2016-11-30|ev-1"));
        assertEquals(f.params().size(), f.where().chars().filter(c -> c == '?').count());
        assertTrue(f.params().contains("CONSULT"));
        assertTrue(f.params().contains("04"));
    }
}
