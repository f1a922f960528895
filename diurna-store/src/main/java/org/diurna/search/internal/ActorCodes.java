package org.diurna.search.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Actor codes as indexed terms. A code is a country and sectors, three characters each, written "TURGOV",
 * "TUR GOV" or "tur_gov"; an article is indexed under every prefix ("TUR", "TURGOV", "TURGOVMIL"), so a filter on a
 * country finds all of its sectors with one term lookup.
 */
public final class ActorCodes {
    private static final int PART = 3;

    private ActorCodes() {}

    /** Upper case with separators removed: "rus gov" becomes "RUSGOV"; "" when nothing is left. */
    public static String normalise(String code) {
        if (code == null) return "";
        StringBuilder sb = new StringBuilder(code.length());
        boolean content = false;
        for (int i = 0; i < code.length(); i++) {
            char c = Character.toUpperCase(code.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                sb.append(c);
                content = true;
            } else if (c == '-') {
                sb.append(c); // "---" is how an actor of unknown country is written: "--- GOV"
            }
        }
        return content ? sb.toString() : "";
    }

    /** Every term an article involving {@code code} is indexed under. */
    public static Set<String> expand(String code) {
        String c = normalise(code);
        Set<String> out = new LinkedHashSet<>();
        if (c.isEmpty()) return out;
        for (int i = PART; i < c.length(); i += PART) {
            String prefix = c.substring(0, i);
            if (!prefix.equals("---")) out.add(prefix);
        }
        out.add(c);
        return out;
    }
}
