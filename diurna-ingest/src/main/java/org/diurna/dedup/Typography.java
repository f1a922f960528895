package org.diurna.dedup;

import java.text.Normalizer;

/**
 * Unifies the typographic variants that partner sites and converters introduce without changing the text: Unicode
 * composition, curly versus straight apostrophes and quotes, guillemets, dashes, non-breaking and thin spaces, line
 * endings, invisible characters, and French spacing before {@code ; : ! ? %} and inside guillemets.
 */
final class Typography {
    private Typography() {}

    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        boolean afterOpening = false; // spaces after an opening guillemet are French typography, not content
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isInvisible(c)) continue;
            if (isSpace(c)) {
                pendingSpace = out.length() > 0 && !afterOpening;
                continue;
            }
            String mapped = map(c);
            // French puts a (thin, non-breaking) space before these; English typography and many CMSes do not.
            boolean tight = c == ';' || c == ':' || c == '!' || c == '?' || c == '%' || isClosingGuillemet(c);
            if (pendingSpace && !tight) out.append(' ');
            pendingSpace = false;
            out.append(mapped);
            afterOpening = isOpeningGuillemet(c);
        }
        return out.toString();
    }

    private static String map(int c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201B': case '\u02BC': case '\u2032': case '\u00B4': case '`':
                return "'";
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
            case '\u2039': case '\u203A': case '\u2033':
                return "\"";
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
            case '\u2212': case '\uFE58': case '\uFE63': case '\uFF0D':
                return "-";
            case '\u2026':
                return "...";
            default:
                return new String(Character.toChars(c));
        }
    }

    private static boolean isOpeningGuillemet(int c) { return c == '\u00AB' || c == '\u2039'; }

    private static boolean isClosingGuillemet(int c) { return c == '\u00BB' || c == '\u203A'; }

    /** Zero-width characters, the byte-order mark and soft hyphens: present in some copies, invisible in all. */
    private static boolean isInvisible(int c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Any white space, including no-break spaces (U+00A0, U+2007, U+202F) that {@code isWhitespace} excludes. */
    static boolean isSpace(int c) { return Character.isWhitespace(c) || Character.isSpaceChar(c); }
}
