package org.diurna.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a stretch of text as the figure rules see them. CoreNLP's tokens are not used for this: French
 * contractions are split into words that share a span ("au" = "à le") and number formats vary, while the rules want
 * surface words and numbers read the way the language writes them ("300.000" and "300 000" in French, "300,000" in
 * English).
 */
final class Words {
    /**
     * One word: its span, its lower-cased form ("d'" read as "de"), and its value if it is written in digits (else NaN);
     * {@code bare} when the digits have no separator (a possible year).
     */
    record Word(int start, int end, String norm, double digits, boolean bare) {
        boolean isNumber() { return !Double.isNaN(digits); }

        boolean isWord() { return Character.isLetter(norm.charAt(0)); }
    }

    // grouped thousands first ("300.000", "300 000"), then plain numbers with a decimal part, words, anything else
    private static final Pattern FR = Pattern.compile(
            "(\\d{1,3}(?:[. ]\\d{3})++(?!\\d)(?:,\\d+)?)|(\\d++(?:[.,]\\d+)?)|(\\p{L}++(?:-\\p{L}++)*'?)|(\\S)");
    private static final Pattern EN = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})++(?!\\d)(?:\\.\\d+)?)|(\\d++(?:\\.\\d+)?)|(\\p{L}++(?:-\\p{L}++)*'?)|(\\S)");

    private Words() {}

    /** The words of {@code text} between {@code from} and {@code to}. */
    static List<Word> split(String text, int from, int to, String language) {
        boolean fr = !"en".equals(language);
        Matcher m = (fr ? FR : EN).matcher(text).region(from, to);
        List<Word> out = new ArrayList<>();
        while (m.find()) {
            String s = m.group();
            boolean digits = m.group(1) != null || m.group(2) != null;
            // "2e", "1er", "10h30", "G20": ordinals, times and names, not counts
            boolean glued = digits && (letterAt(text, m.end()) || letterAt(text, m.start() - 1));
            if (!digits || glued) {
                out.add(new Word(m.start(), m.end(), glued ? "#" : norm(s), Double.NaN, false));
                continue;
            }
            String plain = m.group(1) != null
                    ? (fr ? s.replace(".", "").replace(" ", "").replace(',', '.') : s.replace(",", ""))
                    : (fr ? s.replace(',', '.') : s);
            out.add(new Word(m.start(), m.end(), s, Double.parseDouble(plain), m.group(2) != null && s.matches("\\d+")));
        }
        return out;
    }

    /** The normalised words of a lexicon entry ("jusqu'à" gives "jusqu'", "à"). */
    static List<String> norms(String form) {
        List<String> out = new ArrayList<>();
        for (Word w : split(form, 0, form.length(), "fr")) out.add(w.norm());
        return out;
    }

    static String norm(String s) {
        String n = s.toLowerCase(Locale.ROOT);
        return n.equals("d'") ? "de" : n.equals("qu'") ? "que" : n;
    }

    private static boolean letterAt(String t, int i) {
        return i >= 0 && i < t.length() && Character.isLetter(t.charAt(i));
    }
}
