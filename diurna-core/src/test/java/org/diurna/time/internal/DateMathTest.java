package org.diurna.time.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.diurna.time.internal.DateMath.Direction;
import org.junit.jupiter.api.Test;

class DateMathTest {
    private static final LocalDate WED = LocalDate.of(2016, 11, 30);

    @Test void weekdays() {
        assertEquals(LocalDate.of(2016, 12, 1), DateMath.weekday(WED, DayOfWeek.THURSDAY, Direction.ON_OR_AFTER));
        assertEquals(LocalDate.of(2016, 11, 24), DateMath.weekday(WED, DayOfWeek.THURSDAY, Direction.ON_OR_BEFORE));
        assertEquals(WED, DateMath.weekday(WED, DayOfWeek.WEDNESDAY, Direction.ON_OR_BEFORE));
        assertEquals(WED, DateMath.weekday(WED, DayOfWeek.WEDNESDAY, Direction.ON_OR_AFTER));
        assertEquals(LocalDate.of(2016, 11, 23), DateMath.weekday(WED, DayOfWeek.WEDNESDAY, Direction.BEFORE));
        assertEquals(LocalDate.of(2016, 12, 7), DateMath.weekday(WED, DayOfWeek.WEDNESDAY, Direction.AFTER));
        assertEquals(LocalDate.of(2016, 11, 28), DateMath.weekday(WED, DayOfWeek.MONDAY, Direction.NEAREST));
        assertEquals(LocalDate.of(2016, 12, 2), DateMath.weekday(WED, DayOfWeek.FRIDAY, Direction.NEAREST));
    }

    @Test void dayOfMonthAcrossYears() {
        assertEquals(LocalDate.of(2016, 6, 21), DateMath.dayOfMonth(WED, 6, 21, Direction.ON_OR_BEFORE));
        assertEquals(LocalDate.of(2017, 6, 21), DateMath.dayOfMonth(WED, 6, 21, Direction.ON_OR_AFTER));
        assertEquals(LocalDate.of(2017, 1, 5), DateMath.dayOfMonth(WED, 1, 5, Direction.NEAREST));
        assertEquals(LocalDate.of(2016, 10, 5), DateMath.dayOfMonth(WED, 10, 5, Direction.NEAREST));
        // 29 February in a year without one is its 28th
        assertEquals(LocalDate.of(2017, 2, 28), DateMath.dayOfMonth(WED, 2, 29, Direction.ON_OR_AFTER));
    }

    @Test void months() {
        assertEquals(YearMonth.of(2016, 3), DateMath.month(WED, 3, Direction.ON_OR_BEFORE));
        assertEquals(YearMonth.of(2017, 3), DateMath.month(WED, 3, Direction.ON_OR_AFTER));
        assertEquals(YearMonth.of(2016, 11), DateMath.month(WED, 11, Direction.ON_OR_BEFORE));
        assertEquals(YearMonth.of(2015, 11), DateMath.month(WED, 11, Direction.BEFORE));
        assertEquals(YearMonth.of(2017, 2), DateMath.month(WED, 2, Direction.NEAREST));
        assertEquals(YearMonth.of(2016, 6), DateMath.month(WED, 6, Direction.NEAREST));
    }

    @Test void seasons() {
        assertEquals("2016-SU", DateMath.season(WED, "SU", Direction.BEFORE));
        assertEquals("2015-SU", DateMath.season(LocalDate.of(2016, 7, 14), "SU", Direction.BEFORE));
        assertEquals("2017-SU", DateMath.season(WED, "SU", Direction.AFTER));
        assertEquals("2016-WI", DateMath.season(WED, "WI", Direction.AFTER));
        // in January the winter that began in December is the current one; the last one is a year older
        assertEquals("2015-WI", DateMath.season(LocalDate.of(2017, 1, 15), "WI", Direction.BEFORE));
        assertEquals("2016-WI", DateMath.season(LocalDate.of(2017, 1, 15), "WI", Direction.NEAREST));
        assertEquals("FA", DateMath.season(WED));
    }

    @Test void weeksAndWeekends() {
        assertEquals("2016-W48", DateMath.isoWeek(WED));
        assertEquals("2016-W52", DateMath.isoWeek(LocalDate.of(2017, 1, 1)));
        assertEquals("2015-W53", DateMath.isoWeek(LocalDate.of(2016, 1, 3)));
        assertEquals("2016-W47-WE", DateMath.weekend(WED, Direction.ON_OR_BEFORE));
        assertEquals("2016-W48-WE", DateMath.weekend(WED, Direction.ON_OR_AFTER));
        LocalDate sunday = LocalDate.of(2016, 12, 4);
        assertEquals("2016-W48-WE", DateMath.weekend(sunday, Direction.ON_OR_BEFORE));
        assertEquals("2016-W47-WE", DateMath.weekend(sunday, Direction.BEFORE));
        assertEquals("2016-W49-WE", DateMath.weekend(sunday, Direction.AFTER));
    }

    @Test void twoDigitYears() {
        assertEquals(1993, DateMath.fullYear(93, 2002));
        assertEquals(2003, DateMath.fullYear(3, 1999));
        assertEquals(2016, DateMath.fullYear(16, 2016));
    }
}
