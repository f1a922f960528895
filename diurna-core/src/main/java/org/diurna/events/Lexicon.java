package org.diurna.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.diurna.data.Keys;
import org.diurna.data.Tsv;

/**
 * The event knowledge of one language, from versioned data files: predicates (verbs expanded to all their forms by the
 * {@link Conjugator}), factuality cues, reporting verbs and denunciation words. Immutable; shared by all threads.
 */
public final class Lexicon {
    /** A predicate a word form can trigger, with the tense of that form (null for nouns). */
    public record Hit(Predicate predicate, Conjugator.Tense tense) {}

    /** A factuality cue. */
    public record Cue(String kind, String factuality) {}

    private final Map<String, List<Hit>> byForm = new HashMap<>();
    private final Map<String, Conjugator.Tense> verbTense = new HashMap<>();
    private final Map<String, List<Cue>> cues = new HashMap<>();
    private final Set<String> reporting = new HashSet<>();
    private final Set<String> insults = new HashSet<>();
    private final Set<String> etreVerbs = new HashSet<>();
    private final Set<String> military = new HashSet<>();
    private final Set<String> residential = new HashSet<>();
    private final Set<String> onset = new HashSet<>();

    private static final Map<String, Lexicon> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The lexicon of a language, from its files ({@code predicates-fr.tsv}, ...); an unknown language has none. */
    public static Lexicon of(String lang) {
        return SHARED.computeIfAbsent(lang, Lexicon::load);
    }

    private Lexicon() {}

    private static Lexicon load(String lang) {
        Lexicon lx = new Lexicon();
        if (!lang.matches("[a-z]{2}")) return lx;
        Conjugator conj = Conjugator.of(lang);
        for (Tsv.Row r : Tsv.readOptional(Lexicon.class, "predicates-" + lang + ".tsv", "trigger", "pos", "class", "plover", "mode",
                "cameo", "source", "target", "requires", "symmetric", "habitual", "mil", "factuality", "mode_if")) {
            Predicate p = new Predicate(r.get("trigger"), r.get("pos"), r.get("plover"), r.opt("mode"),
                    r.get("cameo"), r.list("source"), r.list("target"), split(r.get("requires"), ";"),
                    "yes".equals(r.get("symmetric")), "yes".equals(r.get("habitual")), r.opt("mil"),
                    r.opt("factuality"), pairs(r.get("mode_if")));
            if (p.isNoun()) {
                for (String f : r.list("trigger")) lx.add(Keys.key(f), new Hit(p, null));
            } else {
                conj.forms(r.get("trigger"), r.opt("class"))
                        .forEach((form, tense) -> lx.add(Keys.key(form), new Hit(p, tense)));
            }
        }
        for (Tsv.Row r : Tsv.readOptional(Lexicon.class, "factuality-" + lang + ".tsv", "kind", "words", "factuality")) {
            for (String w : r.list("words")) {
                List<String> forms = w.startsWith("@") ? new ArrayList<>(conj.forms(w.substring(1), null).keySet())
                        : List.of(w);
                for (String f : forms) {
                    lx.cues.computeIfAbsent(Keys.key(f), k -> new ArrayList<>())
                            .add(new Cue(r.get("kind"), r.get("factuality")));
                }
            }
        }
        for (Tsv.Row r : Tsv.readOptional(Lexicon.class, "reporting-" + lang + ".tsv", "verb", "class")) {
            conj.forms(r.get("verb"), r.opt("class")).keySet().forEach(f -> lx.reporting.add(Keys.key(f)));
        }
        for (Tsv.Row r : Tsv.readOptional(Lexicon.class, "insults-" + lang + ".tsv", "word")) lx.insults.add(Keys.key(r.get("word")));
        for (Tsv.Row r : Tsv.readOptional(Lexicon.class, "etre-verbs-" + lang + ".tsv", "verb", "class")) {
            conj.forms(r.get("verb"), r.opt("class")).keySet().forEach(f -> lx.etreVerbs.add(Keys.key(f)));
        }
        for (Tsv.Row r : Tsv.readOptional(Lexicon.class, "onset-verbs-" + lang + ".tsv", "verb", "class")) {
            conj.forms(r.get("verb"), r.opt("class")).keySet().forEach(f -> lx.onset.add(Keys.key(f)));
        }
        for (Tsv.Row r : Tsv.read(Lexicon.class, "military-nouns.tsv", "word", "lang")) {
            if (r.get("lang").equals(lang)) lx.military.add(Keys.key(r.get("word")));
        }
        for (Tsv.Row r : Tsv.read(Lexicon.class, "target-nouns.tsv", "word", "lang")) {
            if (r.get("lang").equals(lang)) lx.residential.add(Keys.key(r.get("word")));
        }
        return lx;
    }

    private void add(String form, Hit h) {
        byForm.computeIfAbsent(form, k -> new ArrayList<>()).add(h);
        if (h.tense() != null) verbTense.putIfAbsent(form, h.tense());
    }

    private static List<String> split(String s, String sep) {
        return s.isBlank() ? List.of() : Arrays.stream(s.split(sep)).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    private static Map<String, String> pairs(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String kv : split(s, ";")) {
            String[] p = kv.split("=", 2);
            m.put(Keys.key(p[0]), p[1]);
        }
        return m;
    }

    /** Predicates this word form may trigger, in file order. */
    public List<Hit> predicates(String word) {
        return byForm.getOrDefault(Keys.key(word), List.of());
    }

    /** The tense of a lexicon verb form, or null. */
    public Conjugator.Tense tense(String word) {
        return verbTense.get(Keys.key(word));
    }

    public List<Cue> cues(String word) {
        return cues.getOrDefault(Keys.key(word), List.of());
    }

    public boolean isReporting(String word) {
        return reporting.contains(Keys.key(word));
    }

    /** A form of a verb whose compound tenses take "être" in the active voice ("sont convenus"). */
    public boolean isEtreVerb(String word) {
        return etreVerbs.contains(Keys.key(word));
    }

    /** A form of a verb that starts or carries out an event ("lancée", "menées"). */
    public boolean isOnset(String word) {
        return onset.contains(Keys.key(word));
    }

    /** A noun naming armed force or weapons ("tirs", "frappes", "troupes"). */
    public boolean isMilitaryNoun(String word) {
        return military.contains(Keys.key(word));
    }

    /** A noun naming where civilians live ("quartiers", "hôpital"). */
    public boolean isResidential(String word) {
        return residential.contains(Keys.key(word));
    }

    public boolean isInsult(String word) {
        return insults.contains(Keys.key(word));
    }
}
