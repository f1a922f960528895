package org.diurna.quotes.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.diurna.data.Tsv;

/**
 * The grammatical number of a speaker as the text names it ({@code pronouns.tsv}): whether "il", "ils" or "eux" is a
 * pronoun, and whether "les pompiers" or "le ministre" is one speaker or several. Immutable; one instance per
 * language per JVM.
 */
public final class SpeakerNumber {
    private static final Map<String, SpeakerNumber> SHARED = new ConcurrentHashMap<>();
    private static final String PLURAL = "plural";
    private static final String SINGULAR = "singular";

    private final Map<String, String> pronouns;
    private final Map<String, String> determiners;

    private SpeakerNumber(Map<String, String> pronouns, Map<String, String> determiners) {
        this.pronouns = Map.copyOf(pronouns);
        this.determiners = Map.copyOf(determiners);
    }

    /** The table of a language ("fr", "en"). */
    public static SpeakerNumber of(String lang) {
        return SHARED.computeIfAbsent(lang, l -> {
            Map<String, String> p = new HashMap<>();
            Map<String, String> d = new HashMap<>();
            for (Tsv.Row r : Tsv.read(SpeakerNumber.class, "/org/diurna/quotes/pronouns.tsv", "word", "lang", "kind",
                    "number")) {
                if (!r.get("lang").equals(l)) continue;
                (r.get("kind").equals("pronoun") ? p : d).put(r.get("word"), r.get("number"));
            }
            return new SpeakerNumber(p, d);
        });
    }

    /** "singular" or "plural" when {@code words} is a personal pronoun ("Il", "eux"), else null. */
    public String pronoun(String words) {
        return pronouns.get(words.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The number of a speaker named by a noun phrase or a name: its determiner's ("les pompiers": plural), else a
     * lower-case head ending in s or x is plural ("manifestants"), and a name is one speaker ("Nicolas Hulot").
     */
    public String ofName(String name) {
        String[] w = name.strip().split("\\s+");
        if (w.length == 0 || w[0].isEmpty()) return SINGULAR;
        String first = w[0].toLowerCase(Locale.ROOT);
        // "l'agence": an elided article is glued to its noun
        int apostrophe = first.indexOf('\'');
        if (apostrophe > 0 && apostrophe < first.length() - 1) first = first.substring(0, apostrophe + 1);
        String number = determiners.get(first);
        if (number != null && !number.equals("noun")) return number;
        String head = number != null && w.length > 1 ? w[1] : w[0];
        if (Character.isUpperCase(head.codePointAt(0))) return SINGULAR;
        return head.endsWith("s") || head.endsWith("x") ? PLURAL : SINGULAR;
    }
}
