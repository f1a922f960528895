package org.diurna.text;

/**
 * A string from the input (a file name, a title, a quote) made safe to print on a terminal: control characters and
 * the invisible characters that reorder or hide text are shown as escapes instead of acting on the terminal.
 *
 * <p>Why: a file named {@code "a\u001b[2Jb.txt"} would clear the screen when its problem is printed, a newline in a
 * name forges a second line of output, and a right-to-left override (U+202E) makes {@code "txt.exe"} read as
 * {@code "exe.txt"}. Newline, carriage return and tab read {@code \n}, {@code \r}, {@code \t}; other C0 controls and
 * DEL {@code \x1b}; C1 controls, the bidirectional controls (U+061C, U+200E-U+200F, U+202A-U+202E,
 * U+2066-U+2069) and the line and paragraph separators (U+2028, U+2029) {@code \u202e}. All other text, accents
 * and non-Latin scripts included, is printed as it is.
 */
public final class Printable {
    private Printable() {}

    /** {@code s} with its control and bidirectional characters escaped; null reads "null". */
    public static String of(String s) {
        if (s == null) return "null";
        int i = 0;
        while (i < s.length() && !unsafe(s.charAt(i))) i++;
        if (i == s.length()) return s; // the usual case: nothing to escape, nothing copied
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c)) b.append(c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x80) b.append(String.format("\\x%02x", (int) c));
            else b.append(String.format("\\u%04x", (int) c));
        }
        return b.toString();
    }

    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028'
                || c == '\u2029';
    }
}
