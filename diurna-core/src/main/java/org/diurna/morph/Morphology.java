package org.diurna.morph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.diurna.morph.internal.DictionaryMorphology;

/**
 * Lemmas and tenses of word forms. French reads a full-form dictionary (LanguageTool's {@code french-pos-dict}, a
 * morfologik automaton of about 800,000 forms): every verb of the language, not only those a knowledge file names.
 * A language without a dictionary has no readings (its lexicon generates the forms it needs itself).
 * Thread-safe; one instance per language per JVM.
 */
public interface Morphology {
    /** The most likely verb reading of a word form (any case), or null when it cannot be a verb. */
    Reading verb(String word);

    /** Every verb reading the language's data allow for a form, the most likely first (by default just that one). */
    default java.util.List<Reading> verbs(String word) {
        Reading r = verb(word);
        return r == null ? java.util.List.of() : java.util.List.of(r);
    }

    /** The lemma of a noun form ("frappes" → "frappe"), or null when it cannot be a noun. */
    String noun(String word);

    /** The number of a finite verb form ("annoncent" plural); {@link Agreement#UNKNOWN} when not definite. */
    default Agreement verbAgreement(String word) { return Agreement.UNKNOWN; }

    /** The gender and number of a noun form ("armée" feminine singular); parts left open are null. */
    default Agreement nounAgreement(String word) { return Agreement.UNKNOWN; }

    /** The gender and number of a personal pronoun ("elle" feminine singular); parts left open are null. */
    default Agreement pronounAgreement(String word) { return Agreement.UNKNOWN; }

    /** True when this language has a dictionary (false: {@link #verb} and {@link #noun} always give null). */
    boolean known();

    /** The morphology of a language ("fr"); an empty one for a language without a dictionary. */
    static Morphology of(String lang) {
        return Holder.SHARED.computeIfAbsent(lang, l -> "fr".equals(l) ? DictionaryMorphology.french() : NONE);
    }

    /** No dictionary: no readings. */
    Morphology NONE = new Morphology() {
        @Override public Reading verb(String word) { return null; }

        @Override public String noun(String word) { return null; }

        @Override public boolean known() { return false; }
    };

    /** The shared instances (an interface cannot hold a private field). */
    final class Holder {
        private static final Map<String, Morphology> SHARED = new ConcurrentHashMap<>();

        private Holder() {}
    }
}
