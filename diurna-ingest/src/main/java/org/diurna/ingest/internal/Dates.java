package org.diurna.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as they come in metadata. Only the calendar date is kept, as written: a time of day and its
 * offset say nothing more about the day the article speaks from.
 */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ].*)");
    private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4})[-/](\\d{2})[-/](\\d{2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|T)");
    /** RFC 822 / 1123 as in RSS pubDate: "Wed, 30 Nov 2016 10:00:00 +0100". */
    private static final Pattern RFC822 = Pattern.compile("(?i)(?:^|\\s|,)(\\d{1,2})\\s+"
            + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{4}|\\d{2})\\b");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    /** Dates in article URLs: /2016/11/30/ or 2016-11-30. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})/(\\d{2})/(\\d{2})(?:/|$)|(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");

    private Dates() {}

    /** Strict: an ISO date or date-time ("2016-11-30", "2016-11-30T08:15:00+01:00"), else null. */
    public static LocalDate iso(String s) {
        if (s == null) return null;
        Matcher m = ISO.matcher(s.trim());
        return m.matches() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** Lenient, for dates found in pages and feeds: ISO, 2016/11/30, 20161130 or RFC 822; else null. */
    public static LocalDate parse(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.trim();
        Matcher m = LEADING_DATE.matcher(t);
        if (m.find()) return date(m.group(1), m.group(2), m.group(3));
        m = COMPACT.matcher(t);
        if (m.find()) return date(m.group(1), m.group(2), m.group(3));
        m = RFC822.matcher(t);
        if (m.find()) {
            int y = Integer.parseInt(m.group(3));
            if (y < 100) y += y < 50 ? 2000 : 1900;
            int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
            return date(String.valueOf(y), String.valueOf(month), m.group(1));
        }
        return null;
    }

    /** A date written in a URL path, or null. */
    public static LocalDate fromUrl(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            LocalDate d = m.group(1) != null ? date(m.group(1), m.group(2), m.group(3))
                    : date(m.group(4), m.group(5), m.group(6));
            if (d != null) return d;
        }
        return null;
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
