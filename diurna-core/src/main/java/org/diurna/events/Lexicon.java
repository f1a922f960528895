package org.diurna.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diurna.data.Keys;
import org.diurna.data.Tsv;
import org.diurna.morph.FormTable;
import org.diurna.morph.Morphology;
import org.diurna.morph.Reading;
import org.diurna.morph.Tense;

/**
 * The event knowledge of one language, from versioned data files: predicates (verbs by lemma, event nouns by lemma and
 * form), factuality cues, reporting verbs and denunciation words. A word form is mapped to its lemma by the language's
 * {@link Morphology} (French: a full-form dictionary); a language without one conjugates the verbs its files name
 * ({@link Conjugator}, {@link FormTable}). Immutable once loaded; shared by all threads.
 */
public final class Lexicon {
    /** A predicate a word form can trigger, with the tense of that form (null for nouns). */
    public record Hit(Predicate predicate, Tense tense) {}

    /** A factuality cue. */
    public record Cue(String kind, String factuality) {}

    private final Morphology morph;
    private final Map<String, List<Predicate>> verbs = new HashMap<>();
    private final Map<String, List<Predicate>> nouns = new HashMap<>();
    private final Map<String, List<Cue>> formCues = new HashMap<>();
    private final Map<String, List<Cue>> lemmaCues = new HashMap<>();
    private final Set<String> reporting = new HashSet<>();
    private final Set<String> insults = new HashSet<>();
    private final Set<String> counterpartTypes = new HashSet<>();
    private final Set<String> etreVerbs = new HashSet<>();
    private final Set<String> military = new HashSet<>();
    private final Set<String> residential = new HashSet<>();
    private final java.util.Map<String, String> possessives = new java.util.HashMap<>();
    private final Map<String, Set<String>> nounClasses = new HashMap<>();
    private final Set<String> onset = new HashSet<>();
    private final Map<String, String> support = new HashMap<>();
    private final Set<String> result = new HashSet<>();
    /** Verbs of dying, by lemma, with the prepositions that introduce the event they die in ("mourir dans"). */
    private final Map<String, Set<String>> perish = new HashMap<>();
    private final Set<String> nameHeads = new HashSet<>();
    private final Map<String, String> demonymHeads = new HashMap<>();
    private final Set<String> lightNouns = new HashSet<>();
    private final Set<String> documentNouns = new HashSet<>();
    private final java.util.Map<String, String> relatives = new java.util.HashMap<>();
    private final Map<String, String> controllers = new HashMap<>();
    private final List<Predicate> all = new ArrayList<>();
    private final Map<String, Predicate> byId = new HashMap<>();

    private static final Map<String, Lexicon> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The lexicon of a language, from its files ({@code predicates-fr.tsv}, ...); an unknown language has none. */
    public static Lexicon of(String lang) {
        return SHARED.computeIfAbsent(lang, Lexicon::load);
    }

    private Lexicon(Morphology morph) {
        this.morph = morph;
    }

    private static Lexicon load(String lang) {
        if (!lang.matches("[a-z]{2}")) return new Lexicon(Morphology.NONE);
        Morphology dictionary = Morphology.of(lang);
        FormTable table = dictionary.known() ? null : new FormTable();
        Conjugator conj = Conjugator.of(lang);
        Lexicon lx = new Lexicon(dictionary.known() ? dictionary : table);
        java.util.function.BiConsumer<String, String> verb = (inf, klass) -> {
            if (table != null) table.add(inf, conj.forms(inf, klass));
        };
        // the hand-written rows first (the first row of a trigger whose requirements hold wins), then the rows derived
        // from the CAMEO verb dictionary (scripts/dictionaries/cameo_lexicon.py)
        List<Tsv.Row> predicateRows = new ArrayList<>();
        for (String file : List.of("predicates-" + lang + ".tsv", "predicates-" + lang + "-cameo.tsv")) {
            predicateRows.addAll(Tsv.readOptional(Lexicon.class, file, "id", "trigger", "pos", "plover", "mode", "cameo",
                    "source", "target", "requires", "symmetric", "habitual", "mil", "factuality", "mode_if", "example",
                    "expect"));
        }
        for (Tsv.Row r : predicateRows) {
            Predicate p = Predicate.of(r);
            lx.all.add(p);
            lx.byId.put(p.id(), p);
            if (p.isNoun()) {
                for (String f : r.list("trigger")) lx.nouns.computeIfAbsent(Keys.key(f), k -> new ArrayList<>()).add(p);
            } else {
                String klass = r.cells().containsKey("class") ? r.opt("class") : null;
                verb.accept(r.get("trigger"), klass);
                lx.verbs.computeIfAbsent(Keys.key(r.get("trigger")), k -> new ArrayList<>()).add(p);
            }
        }
        for (Tsv.Row r : Tsv.readOptional(Lexicon.class, "factuality-" + lang + ".tsv", "kind", "words", "factuality")) {
            Cue cue = new Cue(r.get("kind"), r.get("factuality"));
            for (String w : r.list("words")) {
                if (w.startsWith("@")) {
                    verb.accept(w.substring(1), null);
                    lx.lemmaCues.computeIfAbsent(Keys.key(w.substring(1)), k -> new ArrayList<>()).add(cue);
                } else {
                    lx.formCues.computeIfAbsent(Keys.key(w), k -> new ArrayList<>()).add(cue);
                }
            }
        }
        lemmas(lang, "reporting-", verb, lx.reporting);
        lemmas(lang, "etre-verbs-", verb, lx.etreVerbs);
        lemmas(lang, "onset-verbs-", verb, lx.onset);
        for (Tsv.Row r : Tsv.readOptional(Lexicon.class, "support-verbs-" + lang + ".tsv", "id", "verb", "kind",
                "example")) {
            if (!r.get("kind").endsWith("-noun")) verb.accept(r.get("verb"), null);
            if (r.get("kind").equals("result")) lx.result.add(Keys.key(r.get("verb")));
            else if (r.get("kind").equals("perish")) {
                Set<String> cases = lx.perish.computeIfAbsent(Keys.key(r.get("verb")), k -> new HashSet<>());
                for (String c : r.get("case").split("\\|")) cases.add(Keys.key(c));
            }
            else lx.support.put(Keys.key(r.get("verb")) + (r.get("kind").endsWith("-noun") ? "#noun" : ""), r.get("kind"));
        }
        for (Tsv.Row r : Tsv.readOptional(Lexicon.class, "insults-" + lang + ".tsv", "word")) lx.insults.add(Keys.key(r.get("word")));
        // requirements may name the insult words as a class: "qualifier X de « criminel »" ("word:@insult")
        lx.nounClasses.computeIfAbsent("insult", k -> new HashSet<>()).addAll(lx.insults);
        for (Tsv.Row r : Tsv.read(Lexicon.class, "military-nouns.tsv", "word", "lang")) {
            if (r.get("lang").equals(lang)) lx.military.add(Keys.key(r.get("word")));
        }
        for (Tsv.Row r : Tsv.readOptional(Lexicon.class, "demonym-heads.tsv", "word", "lang", "sector")) {
            if (r.get("lang").equals(lang)) lx.demonymHeads.put(Keys.key(r.get("word")), r.get("sector"));
        }
        for (Tsv.Row r : Tsv.readOptional(Lexicon.class, "control-verbs.tsv", "id", "lang", "verb", "controller",
                "example")) {
            if (!r.get("lang").equals(lang)) continue;
            lx.controllers.put(Keys.key(r.get("verb")), r.get("controller"));
            // the morphology knows the verbs the lexicon names ("allows" is "allow" only if "allow" is one of them)
            verb.accept(r.get("verb"), null);
        }
        for (Tsv.Row r : Tsv.read(Lexicon.class, "counterpart-types.tsv", "plover", "lang", "example")) {
            if (r.get("lang").equals(lang)) lx.counterpartTypes.add(r.get("plover"));
        }
        for (Tsv.Row r : Tsv.read(Lexicon.class, "document-nouns.tsv", "word", "lang", "example")) {
            if (r.get("lang").equals(lang)) lx.documentNouns.add(Keys.key(r.get("word")));
        }
        for (Tsv.Row r : Tsv.read(Lexicon.class, "relative-pronouns.tsv", "word", "lang", "function", "example")) {
            if (r.get("lang").equals(lang)) lx.relatives.put(Keys.key(r.get("word")), r.get("function"));
        }
        for (Tsv.Row r : Tsv.read(Lexicon.class, "light-nouns.tsv", "word", "lang", "example")) {
            if (r.get("lang").equals(lang)) lx.lightNouns.add(Keys.key(r.get("word")));
        }
        for (Tsv.Row r : Tsv.read(Lexicon.class, "name-heads.tsv", "word", "lang")) {
            if (r.get("lang").equals(lang)) lx.nameHeads.add(Keys.key(r.get("word")));
        }
        for (Tsv.Row r : Tsv.readOptional(Lexicon.class, "noun-classes.tsv", "id", "lang", "class", "word", "example")) {
            if (!r.get("lang").equals(lang)) continue;
            lx.nounClasses.computeIfAbsent(r.get("class"), k -> new HashSet<>()).add(Keys.key(r.get("word")));
        }
        // "ground" is what an armed force takes or holds: territory and facilities
        Set<String> ground = new HashSet<>(lx.nounClasses.getOrDefault("territory", Set.of()));
        ground.addAll(lx.nounClasses.getOrDefault("facility", Set.of()));
        lx.nounClasses.put("ground", ground);
        for (Tsv.Row r : Tsv.read(Lexicon.class, "possessives.tsv", "word", "lang", "owner", "example")) {
            if (r.get("lang").equals(lang)) lx.possessives.put(Keys.key(r.get("word")), r.get("owner"));
        }
        for (Tsv.Row r : Tsv.read(Lexicon.class, "target-nouns.tsv", "word", "lang")) {
            if (r.get("lang").equals(lang)) lx.residential.add(Keys.key(r.get("word")));
        }
        return lx;
    }

    private static void lemmas(String lang, String file, java.util.function.BiConsumer<String, String> verb,
                               Set<String> into) {
        for (Tsv.Row r : Tsv.readOptional(Lexicon.class, file + lang + ".tsv", "verb", "class")) {
            verb.accept(r.get("verb"), r.opt("class"));
            into.add(Keys.key(r.get("verb")));
        }
    }

    static List<String> split(String s, String sep) {
        return s.isBlank() ? List.of() : Arrays.stream(s.split(sep)).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    static Map<String, String> pairs(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String kv : split(s, ";")) {
            String[] p = kv.split("=", 2);
            m.put(Keys.key(p[0]), p[1]);
        }
        return m;
    }

    /** The row an event's trigger ("fr-0042@frappes") names, or null. */
    public Predicate row(String trigger) {
        if (trigger == null) return null;
        int at = trigger.indexOf('@');
        return byId.get(at < 0 ? trigger : trigger.substring(0, at));
    }

    /** Every predicate of the lexicon, in file order. */
    public List<Predicate> all() {
        return all;
    }

    /** Predicates this word form may trigger: verbs by the lemma of each verb reading, nouns by form and lemma. */
    public List<Hit> predicates(String word) {
        List<Hit> out = new ArrayList<>();
        for (Reading r : morph.verbs(word)) {
            for (Predicate p : verbs.getOrDefault(Keys.key(r.lemma()), List.of())) out.add(new Hit(p, r.tense()));
        }
        List<Predicate> ns = nouns.getOrDefault(Keys.key(word), List.of());
        String lemma = morph.noun(word);
        if (ns.isEmpty() && lemma != null) ns = nouns.getOrDefault(Keys.key(lemma), List.of());
        for (Predicate p : ns) out.add(new Hit(p, null));
        return out;
    }

    /** The PLOVER type an event noun names in its first row ("arrestation": COERCE), or null for no event noun. */
    public String nounType(String word) {
        for (Hit h : predicates(word)) if (h.predicate().isNoun()) return h.predicate().plover();
        return null;
    }

    /** The tense of a verb form (any verb the morphology knows), or null. */
    public Tense tense(String word) {
        Reading r = morph.verb(word);
        return r == null ? null : r.tense();
    }

    /** The number a finite verb form agrees in (its parts unknown where the morphology cannot tell). */
    public org.diurna.morph.Agreement verbAgreement(String word) {
        return morph.verbAgreement(word);
    }

    /** The gender and number of a noun form (unknown parts null). */
    public org.diurna.morph.Agreement nounAgreement(String word) {
        return morph.nounAgreement(word);
    }

    /** The lemma of a verb form, or null when the morphology does not know it as a verb. */
    public String verbLemma(String word) {
        Reading r = morph.verb(word);
        return r == null ? null : r.lemma();
    }

    /** The factuality a cue of {@code kind} ("aux", "gov", "commit"...) gives this word form, or null. */
    public String cue(String word, String kind) {
        for (Cue c : cues(word)) if (c.kind().equals(kind)) return c.factuality();
        return null;
    }

    /** Every factuality cue this word form is, by form or by its verb lemma. */
    public List<Cue> cues(String word) {
        List<Cue> f = formCues.getOrDefault(Keys.key(word), List.of());
        Reading r = morph.verb(word);
        List<Cue> l = r == null ? List.of() : lemmaCues.getOrDefault(Keys.key(r.lemma()), List.of());
        if (l.isEmpty()) return f;
        if (f.isEmpty()) return l;
        List<Cue> both = new ArrayList<>(f);
        both.addAll(l);
        return both;
    }

    private boolean lemmaIn(String word, Set<String> set) {
        for (Reading r : morph.verbs(word)) if (set.contains(Keys.key(r.lemma()))) return true;
        return false;
    }

    public boolean isReporting(String word) {
        return lemmaIn(word, reporting);
    }

    /** A form of a verb whose compound tenses take "être" in the active voice ("sont convenus"). */
    public boolean isEtreVerb(String word) {
        return lemmaIn(word, etreVerbs);
    }

    /** A form of a verb that starts or carries out an event ("lancée", "menées"). */
    public boolean isOnset(String word) {
        return lemmaIn(word, onset);
    }

    /**
     * How a verb relates to the event noun it governs ({@code support-verbs-LANG.tsv}): "support" (its subject
     * carries the event out: "mener des frappes"), "undergo" (its subject suffers it: "subir une attaque"), or null.
     */
    public String supportKind(String word) {
        for (Reading r : morph.verbs(word)) {
            String k = support.get(Keys.key(r.lemma()));
            if (k != null) return k;
        }
        return null;
    }

    /**
     * A verb of dying whose complement introduced by {@code caseWord} is the event its subject died in ("trois
     * soldats sont morts dans une embuscade": the soldiers are the ambush's target).
     */
    public boolean perishesIn(String word, String caseWord) {
        for (Reading r : morph.verbs(word)) {
            Set<String> cases = perish.get(Keys.key(r.lemma()));
            if (cases != null && cases.contains(caseWord)) return true;
        }
        return false;
    }

    /** A verb whose event-noun subject harms those its complement names ("l'attentat a fait vingt morts parmi…"). */
    public boolean isResultVerb(String word) {
        for (Reading r : morph.verbs(word)) if (result.contains(Keys.key(r.lemma()))) return true;
        return false;
    }

    /** A noun whose subject suffers the event of its complement ("X a été victime d'un attentat"). */
    public boolean isUndergoNoun(String word) {
        String lemma = morph.noun(word);
        return support.containsKey(Keys.key(lemma == null ? word : lemma) + "#noun");
    }

    /** A noun naming armed force or weapons ("tirs", "frappes", "troupes"). */
    public boolean isMilitaryNoun(String word) {
        return military.contains(Keys.key(word));
    }

    /** The number of the owner a possessive determiner names ("plural" for "leur", "singular" for "son"), or null. */
    public String possessiveOwner(String word) {
        return possessives.get(Keys.key(word));
    }

    /** A noun naming where civilians live ("quartiers", "hôpital"). */
    public boolean isResidential(String word) {
        return residential.contains(Keys.key(word));
    }

    /** The nouns of a class of {@code noun-classes.tsv} ("territory", "facility", "ground"), normalised; empty if none. */
    public Set<String> nounClass(String name) {
        return nounClasses.getOrDefault(name, Set.of());
    }

    /**
     * Which complement of this verb form does what its infinitive says: "obj" ("convaincre X de partir"), "iobj"
     * ("demander à X de partir"), or null for a verb whose subject does it.
     */
    public String controller(String word) {
        String lemma = verbLemma(word);
        return lemma == null ? null : controllers.get(Keys.key(lemma));
    }

    /** A document noun ("un communiqué qui condamne…"): what it says, its author says. */
    public boolean isDocumentNoun(String word) {
        return documentNouns.contains(Keys.key(word));
    }

    /**
     * The gap a relative pronoun fills in its clause: "subject" ("qui"), "object" ("que"), "either" ("lequel",
     * "which"); null for any other word.
     */
    public String relativeFunction(String word) {
        return relatives.get(Keys.key(word));
    }

    /** A light noun ("une série de frappes"): the event is its complement's. */
    public boolean isLightNoun(String word) {
        return lightNouns.contains(Keys.key(word));
    }

    /** The sector of people a noun names with a demonym ("adolescent palestinien": CVL), or null (the state). */
    public String demonymHeadSector(String word) {
        return demonymHeads.get(Keys.key(word));
    }

    /** A noun whose place complement is part of its name ("l'accord de Paris"), not a party to anything. */
    public boolean isNameHead(String word) {
        return nameHeads.contains(Keys.key(word));
    }

    /** Whether an event of this PLOVER type needs its counterpart named to be an event in this language. */
    public boolean needsCounterpart(String plover) {
        return counterpartTypes.contains(plover);
    }

    public boolean isInsult(String word) {
        return insults.contains(Keys.key(word));
    }
}
