package org.diurna.events;

import org.diurna.morph.Tense;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diurna.data.Tsv;

/**
 * Generates the inflected forms of French verbs from their infinitive ({@code conjugation-fr.tsv}), so that knowledge
 * files can name verbs by infinitive although CoreNLP has no French lemmatizer. Each form knows its tense, which the
 * factuality rules use (future → planned, conditional → hypothetical).
 */
public final class Conjugator {
    /** The tense groups of the data file's columns. */
    // tenses: org.diurna.morph.Tense

    private record Klass(String name, String ending, Map<Tense, List<String>> suffixes) {}

    private final List<Klass> classes = new ArrayList<>();

    private static final java.util.Map<String, Conjugator> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The French conjugator. */
    public static Conjugator shared() {
        return of("fr");
    }

    /** The conjugator of a language, from {@code conjugation-LANG.tsv} (empty when the language has none). */
    public static Conjugator of(String lang) {
        return SHARED.computeIfAbsent(lang, l -> new Conjugator(Tsv.readOptional(Conjugator.class,
                "conjugation-" + l + ".tsv", "class", "ending", "present", "imperfect", "simple_past", "future",
                "conditional", "participle", "other")));
    }

    public Conjugator(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            Map<Tense, List<String>> m = new LinkedHashMap<>();
            for (Tense t : Tense.values()) m.put(t, r.list(t.name().toLowerCase()));
            classes.add(new Klass(r.get("class"), r.get("ending"), m));
        }
    }

    /**
     * Every form of {@code infinitive} (lower case, without "se"), with its tense; {@code klass} may be null to take the
     * class with the longest ending the infinitive has. A form shared by two tenses keeps the first.
     */
    public Map<String, Tense> forms(String infinitive, String klass) {
        Klass k = klass == null ? byEnding(infinitive) : byName(klass);
        if (k == null || !infinitive.endsWith(k.ending())) {
            throw new IllegalArgumentException("no conjugation class for '" + infinitive + "'"
                    + (klass == null ? "" : " (class " + klass + ")"));
        }
        String stem = infinitive.substring(0, infinitive.length() - k.ending().length());
        Map<String, Tense> out = new HashMap<>();
        out.put(infinitive, Tense.OTHER);
        for (Map.Entry<Tense, List<String>> e : k.suffixes().entrySet()) {
            for (String s : e.getValue()) out.putIfAbsent(stem + s, e.getKey());
        }
        return out;
    }

    private Klass byEnding(String inf) {
        Klass best = null;
        for (Klass k : classes) {
            if (inf.endsWith(k.ending()) && (best == null || k.ending().length() > best.ending().length())) best = k;
        }
        return best;
    }

    private Klass byName(String name) {
        for (Klass k : classes) if (k.name().equals(name)) return k;
        throw new IllegalArgumentException("unknown conjugation class " + name);
    }
}
