package org.diurna.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDatesTest {
    @Test void firstDayOfEachForm() {
        assertEquals(LocalDate.of(2016, 11, 30), IsoDates.firstDay("2016-11-30"));
        assertEquals(LocalDate.of(2016, 11, 1), IsoDates.firstDay("2016-11"));
        assertEquals(LocalDate.of(2016, 1, 1), IsoDates.firstDay("2016"));
        assertEquals(LocalDate.of(2016, 6, 1), IsoDates.firstDay("2016-SU"));
        assertEquals(LocalDate.of(2016, 12, 1), IsoDates.firstDay("2016-WI"));
        assertEquals(LocalDate.of(2016, 7, 1), IsoDates.firstDay("2016-Q3"));
        assertEquals(LocalDate.of(2016, 11, 28), IsoDates.firstDay("2016-W48"));
        assertEquals(LocalDate.of(2016, 11, 30), IsoDates.firstDay("2016-11-30T14:00"));
    }

    @Test void noDayForWhatIsNotACalendarSpan() {
        assertNull(IsoDates.firstDay(null));
        assertNull(IsoDates.firstDay("PRESENT_REF"));
        assertNull(IsoDates.firstDay("XXXX-11-30"));
        assertNull(IsoDates.firstDay("2016-02-30"));
    }

    @Test void finerIsTheLonger() {
        assertEquals("2016-11-30", IsoDates.finer("2016-11", "2016-11-30"));
        assertEquals("2016-11-30", IsoDates.finer("2016-11-30", "2016"));
        assertEquals("2016", IsoDates.finer(null, "2016"));
    }
}
