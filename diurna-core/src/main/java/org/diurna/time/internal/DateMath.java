package org.diurna.time.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Calendar arithmetic behind relative expressions: which Thursday, which summer, which week, which year.
 * Values are TIMEX3 strings (2016-12-01, 2016-W48, 2016-W47-WE, 2016-SU, 2016-11).
 */
public final class DateMath {
    private DateMath() {}

    /** Which occurrence a relative expression means, relative to its anchor. */
    public enum Direction { ON_OR_BEFORE, ON_OR_AFTER, BEFORE, AFTER, NEAREST }

    public static LocalDate weekday(LocalDate anchor, DayOfWeek day, Direction d) {
        switch (d) {
            case ON_OR_BEFORE: return anchor.with(TemporalAdjusters.previousOrSame(day));
            case BEFORE: return anchor.with(TemporalAdjusters.previous(day));
            case AFTER: return anchor.with(TemporalAdjusters.next(day));
            case ON_OR_AFTER: return anchor.with(TemporalAdjusters.nextOrSame(day));
            default: {
                LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(day));
                LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(day));
                return anchor.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - anchor.toEpochDay()
                        ? before : after;
            }
        }
    }

    /** The day {@code day} of {@code month} (1-12) in the year that {@code d} asks for relative to the anchor. */
    public static LocalDate dayOfMonth(LocalDate anchor, int month, int day, Direction d) {
        LocalDate same = safeDate(anchor.getYear(), month, day);
        LocalDate prev = safeDate(anchor.getYear() - 1, month, day);
        LocalDate next = safeDate(anchor.getYear() + 1, month, day);
        switch (d) {
            case ON_OR_BEFORE: return same.isAfter(anchor) ? prev : same;
            case BEFORE: return same.isBefore(anchor) ? same : prev;
            case ON_OR_AFTER: return same.isBefore(anchor) ? next : same;
            case AFTER: return same.isAfter(anchor) ? same : next;
            default: return closest(anchor, prev, same, next);
        }
    }

    /** Month {@code month} (1-12) relative to the anchor's month; the anchor's own month counts as on-or-before/after. */
    public static YearMonth month(LocalDate anchor, int month, Direction d) {
        YearMonth now = YearMonth.from(anchor);
        YearMonth same = YearMonth.of(anchor.getYear(), month);
        switch (d) {
            case ON_OR_BEFORE: return same.isAfter(now) ? same.minusYears(1) : same;
            case BEFORE: return same.isBefore(now) ? same : same.minusYears(1);
            case ON_OR_AFTER: return same.isBefore(now) ? same.plusYears(1) : same;
            case AFTER: return same.isAfter(now) ? same : same.plusYears(1);
            default: {
                // within six months either way: the month a reader would take without other clues
                long diff = same.getYear() * 12L + same.getMonthValue() - (now.getYear() * 12L + now.getMonthValue());
                if (diff > 6) return same.minusYears(1);
                if (diff < -6) return same.plusYears(1);
                return same;
            }
        }
    }

    /** ISO week, "2016-W48". */
    public static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * The weekend a "ce week-end" or "le week-end dernier" points to, "2003-W05-WE". Told on a weekday, a past
     * one is the weekend just gone and a coming one that of the current week; told on a weekend day, "this" weekend
     * is the current one whatever the tense, and only last/next move a week.
     */
    public static String weekend(LocalDate anchor, Direction d) {
        boolean onWeekend = anchor.getDayOfWeek().getValue() >= 6;
        LocalDate week;
        switch (d) {
            case BEFORE: week = anchor.minusWeeks(1); break;
            case AFTER: week = onWeekend ? anchor.plusWeeks(1) : anchor; break;
            case ON_OR_BEFORE: week = onWeekend ? anchor : anchor.minusWeeks(1); break;
            default: week = anchor;
        }
        return isoWeek(week) + "-WE";
    }

    /** The season of a month: SP (Mar-May), SU (Jun-Aug), FA (Sep-Nov), WI (Dec-Feb, named by its December). */
    public static String season(LocalDate day) {
        int m = day.getMonthValue();
        if (m >= 3 && m <= 5) return "SP";
        if (m >= 6 && m <= 8) return "SU";
        if (m >= 9 && m <= 11) return "FA";
        return "WI";
    }

    /** "2016-SU": the season {@code code} that {@code d} points to from the anchor's own season. */
    public static String season(LocalDate anchor, String code, Direction d) {
        LocalDate current = seasonStart(anchor);
        LocalDate same = seasonStart(seasonYear(code, anchor), code);
        LocalDate pick;
        switch (d) {
            case BEFORE: case ON_OR_BEFORE:
                pick = same.isBefore(current) ? same : same.minusYears(1);
                if (d == Direction.ON_OR_BEFORE && same.equals(current)) pick = same;
                break;
            case AFTER: case ON_OR_AFTER:
                pick = same.isAfter(current) ? same : same.plusYears(1);
                if (d == Direction.ON_OR_AFTER && same.equals(current)) pick = same;
                break;
            default:
                pick = same;
        }
        return pick.getYear() + "-" + code;
    }

    private static int seasonYear(String code, LocalDate anchor) {
        // the winter that began last December is still "this" winter in January and February
        return "WI".equals(code) && anchor.getMonthValue() <= 2 ? anchor.getYear() - 1 : anchor.getYear();
    }

    private static LocalDate seasonStart(LocalDate day) {
        String s = season(day);
        return seasonStart("WI".equals(s) && day.getMonthValue() <= 2 ? day.getYear() - 1 : day.getYear(), s);
    }

    private static LocalDate seasonStart(int year, String code) {
        switch (code) {
            case "SP": return LocalDate.of(year, 3, 1);
            case "SU": return LocalDate.of(year, 6, 1);
            case "FA": return LocalDate.of(year, 9, 1);
            case "WI": return LocalDate.of(year, 12, 1);
            default: throw new IllegalArgumentException("no season " + code);
        }
    }

    /** A two-digit year read in the century that puts it nearest to the anchor year (93 in 2002 is 1993). */
    public static int fullYear(int twoDigits, int anchorYear) {
        int century = anchorYear / 100 * 100;
        int best = century + twoDigits;
        for (int c : new int[] {century - 100, century + 100}) {
            if (Math.abs(c + twoDigits - anchorYear) < Math.abs(best - anchorYear)) best = c + twoDigits;
        }
        return best;
    }

    private static LocalDate safeDate(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    private static LocalDate closest(LocalDate anchor, LocalDate... options) {
        LocalDate best = options[0];
        for (LocalDate o : options) {
            if (Math.abs(o.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
                best = o;
            }
        }
        return best;
    }
}
