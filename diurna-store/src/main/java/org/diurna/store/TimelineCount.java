package org.diurna.store;

import java.time.LocalDate;

/**
 * How many events of one PLOVER type fall in one period.
 *
 * @param period the day, or the Monday of the ISO week
 */
public record TimelineCount(String plover, LocalDate period, long events) {}
