package org.diurna.store.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An actor code typed by a user: "TUR" (a country), "TURGOV" or "TUR GOV" (country and sector). Upper case only,
 * so that "tur" stays a name search and does not silently turn into a country.
 *
 * @param sector null when only the country was given
 */
public record ActorCode(String country, String sector) {
    private static final Pattern CODE = Pattern.compile("([A-Z]{3})(?: ?([A-Z]{3}))?");

    /** The code, or empty when {@code s} is not shaped like one. */
    public static Optional<ActorCode> parse(String s) {
        if (s == null) return Optional.empty();
        Matcher m = CODE.matcher(s.strip());
        return m.matches() ? Optional.of(new ActorCode(m.group(1), m.group(2))) : Optional.empty();
    }

    /** The two codes of a dyad "TUR,RUS" (or "TURGOV, RUS"). */
    public static ActorCode[] dyad(String s) {
        String[] parts = s.split(",");
        if (parts.length != 2) throw new IllegalArgumentException("a dyad is two actor codes, e.g. TUR,RUS: " + s);
        ActorCode a = parse(parts[0]).orElseThrow(() -> notCode(parts[0]));
        ActorCode b = parse(parts[1]).orElseThrow(() -> notCode(parts[1]));
        return new ActorCode[] {a, b};
    }

    private static IllegalArgumentException notCode(String s) {
        return new IllegalArgumentException("not an actor code (TUR, TURGOV, TUR GOV): '" + s.strip() + "'");
    }
}
