package org.diurna.time.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diurna.time.internal.DateMath.Direction;
import org.diurna.time.internal.TenseDetector.Tense;

/**
 * Evaluates the value column of a rule: a template ("P{n}D", "PRESENT_REF") or one function call with an optional
 * literal suffix ("weekday({wd})T{pod}"). {@code {g}} is the normalised text of group g. Functions:
 * <pre>
 * day(A, n)            the anchor day shifted by n days           A = DCT | SENT | REF (see {@link Context#anchor})
 * shift(U, n)          DCT shifted by n units, at that unit's precision: U = D (2016-11-28), W (2016-W46), M, Y
 * weekday(d[, m])      weekday d (1 = Monday) around DCT; m = tense (default) | next | last | this | near
 * daymonth(d, mo[, y]) day d of month mo, year y (2 or 4 digits) or chosen by tense or by y = next | last
 * month(mo[, m])       month mo: the year of an earlier year in the sentence, else chosen by tense or m
 * season(s[, m])       season s (SP, SU, FA, WI); m = last | next | this | tense
 * week(n)              the ISO week of DCT + n weeks;   weekend([m]) the weekend m points to (default: tense)
 * year(n)              DCT's year + n;   fullyear(y) a 2- or 4-digit year;   decade(d) "60" or "1960" to 196X
 * time(A, h[, min])    the anchor day at h:min
 * </pre>
 * Without a DCT (or anchor) the calendar part stays unresolved: XXXX-XX-XX, XXXX-WXX-4, XXXX-SU...
 */
public final class ValueExpression {
    private static final Pattern CALL = Pattern.compile("^([a-z]+)\\(([^)]*)\\)(.*)$");
    private static final Pattern GROUP = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)\\}");

    /** What an expression may consult while it is resolved. */
    public interface Context {
        LocalDate dct();

        /** DCT, or SENT: the nearest earlier full date of the sentence else DCT; REF: the discourse date else DCT. */
        LocalDate anchor(String kind);

        Tense tense();

        /** A year named earlier in the same sentence ("en 97 (en janvier...)"), or null. */
        Integer sentenceYear();
    }

    private ValueExpression() {}

    public static String evaluate(String expr, Map<String, String> groups, Context ctx) {
        String e = substitute(expr, groups::get);
        Matcher m = CALL.matcher(e);
        if (!m.matches()) return e;
        String[] a = m.group(2).isBlank() ? new String[0] : m.group(2).split("\\s*,\\s*");
        return call(m.group(1), a, ctx) + m.group(3);
    }

    static String substitute(String expr, Function<String, String> groups) {
        Matcher m = GROUP.matcher(expr);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = groups.apply(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "" : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String call(String fn, String[] a, Context ctx) {
        LocalDate dct = ctx.dct();
        switch (fn) {
            case "day": {
                LocalDate d = ctx.anchor(a[0]);
                return d == null ? "XXXX-XX-XX" : d.plusDays(num(a[1])).toString();
            }
            case "shift": return shift(dct, a[0], num(a[1]));
            case "weekday": {
                int wd = num(a[0]);
                if (dct == null) return "XXXX-WXX-" + wd;
                String mode = a.length > 1 ? a[1] : "tense";
                if ("this".equals(mode)) return DateMath.isoWeek(dct) + "-" + wd;
                // a weekday told in the present is announced ("se rend jeudi"); with no verb at all, the nearest one
                Direction d = "tense".equals(mode) && ctx.tense() == Tense.UNKNOWN ? Direction.NEAREST
                        : direction(mode, ctx, Direction.ON_OR_AFTER);
                return DateMath.weekday(dct, DayOfWeek.of(wd), d).toString();
            }
            case "daymonth": {
                int day = num(a[0]);
                int month = num(a[1]);
                if (a.length > 2 && a[2].matches("\\d+")) {
                    int y = num(a[2]);
                    if (y < 100) {
                        if (dct == null) return String.format(Locale.ROOT, "XX%02d-%02d-%02d", y, month, day);
                        y = DateMath.fullYear(y, dct.getYear());
                    }
                    return String.format(Locale.ROOT, "%04d-%02d-%02d", y, month, day);
                }
                if (dct == null) return String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
                String mode = a.length > 2 && !a[2].isEmpty() ? a[2] : "tense";
                return DateMath.dayOfMonth(dct, month, day, direction(mode, ctx, Direction.NEAREST)).toString();
            }
            case "month": {
                int month = num(a[0]);
                Integer y = ctx.sentenceYear();
                if (y != null && (a.length < 2 || "tense".equals(a[1]))) {
                    return String.format(Locale.ROOT, "%04d-%02d", y, month);
                }
                if (dct == null) return String.format(Locale.ROOT, "XXXX-%02d", month);
                String mode = a.length > 1 ? a[1] : "tense";
                if ("this".equals(mode)) return YearMonth.of(dct.getYear(), month).toString();
                return DateMath.month(dct, month, direction(mode, ctx, Direction.NEAREST)).toString();
            }
            case "season": {
                if (dct == null) return "XXXX-" + a[0];
                String mode = a.length > 1 ? a[1] : "tense";
                return DateMath.season(dct, a[0], "this".equals(mode) ? Direction.NEAREST
                        : direction(mode, ctx, Direction.NEAREST));
            }
            case "week": return dct == null ? "XXXX-WXX" : DateMath.isoWeek(dct.plusWeeks(num(a[0])));
            case "weekend": {
                if (dct == null) return "XXXX-WXX-WE";
                Direction d = direction(a.length > 0 ? a[0] : "tense", ctx, Direction.ON_OR_AFTER);
                return DateMath.weekend(dct, d);
            }
            case "year": return dct == null ? "XXXX" : String.valueOf(dct.getYear() + num(a[0]));
            case "fullyear": {
                int y = num(a[0]);
                if (y >= 100) return String.format(Locale.ROOT, "%04d", y);
                return dct == null ? String.format(Locale.ROOT, "XX%02d", y)
                        : String.valueOf(DateMath.fullYear(y, dct.getYear()));
            }
            case "decade": {
                String d = a[0];
                if (d.length() == 2) return "19" + d.charAt(0) + "X";
                return d.substring(0, 3) + "X";
            }
            case "time": {
                LocalDate d = ctx.anchor(a[0]);
                int h = num(a[1]);
                int min = a.length > 2 && !a[2].isEmpty() ? num(a[2]) : 0;
                return (d == null ? "XXXX-XX-XX" : d.toString()) + String.format(Locale.ROOT, "T%02d:%02d", h, min);
            }
            default: throw new IllegalArgumentException("unknown value function " + fn + "()");
        }
    }

    private static String shift(LocalDate dct, String unit, int n) {
        switch (unit) {
            case "D": return dct == null ? "XXXX-XX-XX" : dct.plusDays(n).toString();
            case "W": return dct == null ? "XXXX-WXX" : DateMath.isoWeek(dct.plusWeeks(n));
            case "M": return dct == null ? "XXXX-XX" : YearMonth.from(dct).plusMonths(n).toString();
            case "Y": return dct == null ? "XXXX" : String.valueOf(dct.getYear() + n);
            default: throw new IllegalArgumentException("unknown unit " + unit);
        }
    }

    /** A mode word as a direction; "tense" asks the clause: past looks back, future ahead, else {@code otherwise}. */
    static Direction direction(String mode, Context ctx, Direction otherwise) {
        switch (mode) {
            case "next": return Direction.AFTER;
            case "last": return Direction.BEFORE;
            case "near": return Direction.NEAREST;
            case "past": return Direction.ON_OR_BEFORE;
            case "future": return Direction.ON_OR_AFTER;
            case "tense": {
                Tense t = ctx.tense();
                if (t == Tense.PAST) return Direction.ON_OR_BEFORE;
                if (t == Tense.FUTURE) return Direction.ON_OR_AFTER;
                return otherwise;
            }
            default: throw new IllegalArgumentException("unknown direction " + mode);
        }
    }

    private static int num(String s) {
        String t = s.trim();
        if (t.startsWith("+")) t = t.substring(1);
        if (t.startsWith("--")) t = t.substring(2);
        return Integer.parseInt(t);
    }
}
