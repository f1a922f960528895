package org.diurna.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query parameters of one request, checked once: a parameter the route does not know, one given twice, or a
 * malformed value is a 400 naming the parameter. Values are only ever handed on as bound SQL parameters or Lucene
 * queries; the checks here are for clear errors, not for safety.
 */
final class Params {
    /** The event filters shared by /api/events, /api/timeline and /api/network. */
    static final List<String> FILTERS = List.of("actor", "country", "dyad", "type", "cameo", "from", "to", "place",
            "bbox", "outlet", "factuality", "q");
    static final Set<String> FACTUALITY = Set.of("asserted", "planned", "negated", "hypothetical", "habitual",
            "reported");
    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}(?: ?[A-Z]{3})?");
    private static final Pattern PLOVER = Pattern.compile("[A-Za-z_]{1,40}");
    private static final Pattern CAMEO = Pattern.compile("[0-9]{1,3}");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_TEXT = 500;
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The parameters of {@code ctx}, of which only {@code allowed} (and {@code more}) may appear. */
    static Params of(Context ctx, List<String> allowed, String... more) {
        Set<String> ok = new LinkedHashSet<>(allowed);
        ok.addAll(List.of(more));
        Map<String, List<String>> map = ctx.queryParamMap();
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            if (!ok.contains(e.getKey())) {
                throw ApiException.badParam(e.getKey(), "unknown parameter '" + e.getKey() + "'; allowed: "
                        + String.join(", ", ok));
            }
            if (e.getValue().size() > 1) throw ApiException.badParam(e.getKey(), "parameter given more than once");
        }
        return new Params(map);
    }

    static Params of(Context ctx, String... allowed) {
        return of(ctx, List.of(), allowed);
    }

    /**
     * Refuses a path with a broken %-escape ({@code /api/events/%}). Javalin decodes a route's path parameters before
     * any of its handlers runs, and throws on one: the client's error would be a 500. Called before routing.
     */
    static void checkPath(Context ctx) {
        if (BROKEN_ESCAPE.matcher(ctx.path()).find()) {
            throw new ApiException(400, "Bad path", "the path has a '%' that is not followed by two hex digits", null);
        }
    }

    /** The value, or null when absent or empty. */
    String string(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty() || v.get(0).isBlank()) return null;
        String s = v.get(0).strip();
        if (s.length() > MAX_TEXT) throw ApiException.badParam(name, "longer than " + MAX_TEXT + " characters");
        return s;
    }

    LocalDate date(String name) {
        String s = string(name);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiException.badParam(name, "not a date YYYY-MM-DD: '" + s + "'");
        }
    }

    int integer(String name, int min, int max, int dflt) {
        String s = string(name);
        if (s == null) return dflt;
        try {
            int v = Integer.parseInt(s);
            if (v < min || v > max) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.badParam(name, "not an integer in " + min + ".." + max + ": '" + s + "'");
        }
    }

    /** One of {@code choices}, or {@code dflt} when absent. */
    String choice(String name, String dflt, String... choices) {
        String s = string(name);
        if (s == null) return dflt;
        for (String c : choices) if (c.equals(s)) return s;
        throw ApiException.badParam(name, "must be one of " + String.join(", ", choices) + ": '" + s + "'");
    }

    /** An ISO 3166-1 alpha-3 code, upper-cased. */
    String iso3(String name) {
        String s = string(name);
        if (s == null) return null;
        if (!ISO3.matcher(s).matches()) throw ApiException.badParam(name, "not an ISO3 country code: '" + s + "'");
        return s.toUpperCase(Locale.ROOT);
    }

    /** An actor code: TUR, TURGOV, "TUR GOV". */
    String code(String name) {
        String s = string(name);
        if (s == null) return null;
        if (!CODE.matcher(s).matches()) {
            throw ApiException.badParam(name, "not an actor code (TUR, TURGOV, TUR GOV): '" + s + "'");
        }
        return s;
    }

    /** Two actor codes, comma-separated. */
    String dyad(String name) {
        String s = string(name);
        if (s == null) return null;
        String[] p = s.split(",", -1);
        if (p.length != 2 || !CODE.matcher(p[0].strip()).matches() || !CODE.matcher(p[1].strip()).matches()) {
            throw ApiException.badParam(name, "a dyad is two actor codes, e.g. TUR,RUS: '" + s + "'");
        }
        return p[0].strip() + "," + p[1].strip();
    }

    String plover(String name) {
        String s = string(name);
        if (s == null) return null;
        if (!PLOVER.matcher(s).matches()) throw ApiException.badParam(name, "not a PLOVER type: '" + s + "'");
        return s.toUpperCase(Locale.ROOT);
    }

    String cameo(String name) {
        String s = string(name);
        if (s == null) return null;
        if (!CAMEO.matcher(s).matches()) throw ApiException.badParam(name, "not a CAMEO code: '" + s + "'");
        return s;
    }

    String factuality(String name) {
        String s = string(name);
        if (s == null) return null;
        if (!FACTUALITY.contains(s)) {
            throw ApiException.badParam(name, "must be one of " + String.join(", ", FACTUALITY.stream().sorted()
                    .toList()) + ": '" + s + "'");
        }
        return s;
    }

    String language(String name) {
        String s = string(name);
        if (s == null) return null;
        if (!LANG.matcher(s).matches()) throw ApiException.badParam(name, "not a language code: '" + s + "'");
        return s;
    }

    /** minLon,minLat,maxLon,maxLat. */
    double[] bbox(String name) {
        String s = string(name);
        if (s == null) return null;
        String[] p = s.split(",", -1);
        String msg = "a bbox is minLon,minLat,maxLon,maxLat in degrees: '" + s + "'";
        if (p.length != 4) throw ApiException.badParam(name, msg);
        double[] b = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                b[i] = Double.parseDouble(p[i].strip());
                if (!Double.isFinite(b[i])) throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw ApiException.badParam(name, msg);
        }
        if (b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90 || b[0] > b[2] || b[1] > b[3]) {
            throw ApiException.badParam(name, msg);
        }
        return b;
    }

    /** from <= to, else a 400 on {@code to}. */
    static void order(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) throw ApiException.badParam("to", "'to' is before 'from'");
    }
}
