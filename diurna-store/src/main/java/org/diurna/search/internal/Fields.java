package org.diurna.search.internal;

import java.util.List;
import java.util.Locale;

/**
 * Field names of the index, and which analysed fields an article's language goes to.
 *
 * <p>Each language has its own pair of analysed fields (title and text) because an analyzer is chosen per field;
 * the stored title and text are language-neutral and only read back for display and snippets.
 */
public final class Fields {
    /** Article id: indexed as one term (for updates and deletes) and as doc values (to list ids cheaply). */
    public static final String ID = "id";
    /** Normalised language code, one term. */
    public static final String LANG = "lang";
    /** Stored title and text, not indexed. */
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    /** Publication date as an epoch day: a point for ranges, doc values for date order, stored for display. */
    public static final String PUBLISHED = "published";
    public static final String OUTLET = "outlet";
    public static final String URL = "url";
    /** Actor codes in every form a filter may ask for: "TUR", "TURGOV". */
    public static final String ACTOR = "actor";
    /** "1" for a near-duplicate, "0" otherwise. */
    public static final String DUP = "dup";

    /** The analysis families: French, English, and everything else. */
    public static final String FR = "fr";
    public static final String EN = "en";
    public static final String OTHER = "std";
    public static final List<String> FAMILIES = List.of(FR, EN, OTHER);

    private static final String TITLE_PREFIX = "title_";
    private static final String TEXT_PREFIX = "text_";

    private Fields() {}

    /** "fr", "en", "de"…: lower case, region dropped ("fr-CA" is French); "" when unknown. */
    public static String language(String code) {
        if (code == null) return "";
        String c = code.strip().toLowerCase(Locale.ROOT);
        int cut = indexOfAny(c, "-_");
        return cut < 0 ? c : c.substring(0, cut);
    }

    /** The analysis family of a normalised language code. */
    public static String family(String language) {
        return FR.equals(language) || EN.equals(language) ? language : OTHER;
    }

    public static String title(String family) {
        return TITLE_PREFIX + family;
    }

    public static String text(String family) {
        return TEXT_PREFIX + family;
    }

    /** The family an analysed field belongs to, or null for a field that is not analysed text. */
    public static String familyOf(String field) {
        if (field.startsWith(TITLE_PREFIX)) return field.substring(TITLE_PREFIX.length());
        if (field.startsWith(TEXT_PREFIX)) return field.substring(TEXT_PREFIX.length());
        return null;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }
}
