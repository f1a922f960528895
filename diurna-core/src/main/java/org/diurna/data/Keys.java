package org.diurna.data;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalised lookup keys for names: lower case, accents removed, apostrophes and hyphens unified, spaces collapsed.
 * "Maison-Blanche", "maison blanche" and "Maison Blanche" share one key; so do "Erdoğan" and "Erdogan".
 */
public final class Keys {
    private Keys() {}

    public static String key(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == '\u2019' || c == '`') c = '\'';
            if (c == '-' || c == '\u2010' || c == '\u2011' || Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
                continue;
            }
            if (c == 'ı') c = 'i';
            if (space) b.append(' ');
            space = false;
            b.append(Character.toLowerCase(c));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * True when {@code surface} writes a case-sensitive alias with every capital the alias has ("US" only as "US";
     * "La France insoumise" also as "La France Insoumise", never as "la France insoumise"); extra capitals are a
     * house style, missing ones another word ("le point").
     */
    public static boolean capitalsKept(String alias, String surface) {
        if (alias.length() != surface.length() || !alias.equalsIgnoreCase(surface)) return false;
        for (int i = 0; i < alias.length(); i++) {
            if (Character.isUpperCase(alias.charAt(i)) && !Character.isUpperCase(surface.charAt(i))) return false;
        }
        return true;
    }

    /** A title written with its article: "Le Point", "L'Express". */
    private static final java.util.regex.Pattern TITLE_WITH_ARTICLE =
            java.util.regex.Pattern.compile("(Le|La|Les) \\p{Lu}.*|L['’]\\p{Lu}.*");

    /**
     * True for an alias that must match with its exact case: an acronym ("US", "EI", "UE"), or a title that begins
     * with its article ("Le Point", "La Croix", "Les Échos"), whose words in lower case are a common phrase ("le
     * point").
     */
    public static boolean caseSensitive(String alias) {
        if (TITLE_WITH_ARTICLE.matcher(alias).matches()) return true;
        int letters = 0;
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) return false;
            }
        }
        return letters > 0 && letters <= 5;
    }
}
