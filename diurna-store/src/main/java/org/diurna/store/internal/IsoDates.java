package org.diurna.store.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ISO 8601 / TIMEX3 dates of readings ("2016-11-30", "2016-11", "2016-SU", "2016-Q3", "2016-W48", "2016"):
 * the first day each covers, for range filters, and whether two of them can name the same day.
 */
public final class IsoDates {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|(SP|SU|FA|AU|WI)|Q([1-4])|W(\\d{2})))?(?:T.*)?");

    private IsoDates() {}

    /**
     * First day {@code iso} covers, or null when it names no calendar span (null, "PRESENT_REF", "XXXX-11-30").
     * Seasons start on the first day of their first meteorological month: spring 03-01, summer 06-01,
     * autumn 09-01, winter 12-01 (the winter of 2016 is December 2016 to February 2017).
     */
    public static LocalDate firstDay(String iso) {
        if (iso == null) return null;
        Matcher m = DATE.matcher(iso);
        if (!m.matches()) return null;
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (m.group(2) != null) return LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
            if (m.group(4) != null) return LocalDate.of(year, seasonMonth(m.group(4)), 1);
            if (m.group(5) != null) return LocalDate.of(year, 3 * Integer.parseInt(m.group(5)) - 2, 1);
            if (m.group(6) != null) {
                return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(6)))
                        .with(DayOfWeek.MONDAY);
            }
            return LocalDate.of(year, 1, 1);
        } catch (java.time.DateTimeException e) {
            return null; // 2016-02-30 and the like: a bad date is no date, not a crash
        }
    }

    private static int seasonMonth(String s) {
        return switch (s) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA", "AU" -> 9;
            default -> 12;
        };
    }

    /**
     * True when both dates may name the same day: equal, or one is a prefix of the other at a field boundary
     * ("2016-11" and "2016-11-30"; not "2016-1" and "2016-11"). A null date is compatible only with null, because an
     * undated mention cannot be told apart from any other occurrence of the same relation.
     */
    public static boolean compatible(String a, String b) {
        if (a == null || b == null) return a == null && b == null;
        if (a.equals(b)) return true;
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (!longer.startsWith(shorter)) return false;
        char next = longer.charAt(shorter.length());
        return next == '-' || next == 'T';
    }

    /** The more precise of two compatible dates (the longer string). */
    public static String finer(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.length() > a.length() ? b : a;
    }
}
