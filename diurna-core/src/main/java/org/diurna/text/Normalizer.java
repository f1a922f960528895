package org.diurna.text;

/**
 * Maps typographic variants to the forms the models were trained on, one character for one character, so that every
 * offset into the result is an offset into the original.
 */
public final class Normalizer {
    private Normalizer() {}

    public static String normalize(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) c[i] = map(c[i]);
        return new String(c);
    }

    static char map(char ch) {
        switch (ch) {
            case '\u2019': case '\u2018': case '\u02BC': case '\u2032': case '`': case '\u00B4':
                return '\'';
            case '\u00A0': case '\u202F': case '\u2007': case '\u2009': case '\u200A': case '\u2002': case '\u2003':
            case '\t': case '\u00AD': case '\u200B': case '\uFEFF':
                return ' ';
            case '\u2010': case '\u2011':
                return '-';
            case '\r': case '\u2028': case '\u2029': case '\u0085':
                return '\n';
            default:
                // other control characters would confuse the tokenizer: blank them
                return ch < 0x20 && ch != '\n' ? ' ' : ch;
        }
    }
}
