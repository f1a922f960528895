package org.diurna.events.internal;

import java.util.Set;
import org.diurna.data.Keys;
import org.diurna.events.Predicate;
import org.diurna.model.Token;

/** Checks a lexicon entry's conditions (reflexive, passive, place, word:…) on a predicate word. */
public final class Requirements {
    private final Tree tree;
    private final Arguments args;

    public Requirements(Tree tree, Arguments args) {
        this.tree = tree;
        this.args = args;
    }

    public boolean hold(Token p, Predicate pred) {
        for (String r : pred.requires()) {
            boolean ok = switch (r) {
                case "reflexive" -> tree.reflexive(p);
                case "noreflexive" -> !tree.reflexive(p);
                case "passive" -> tree.passive(p) || tree.adjectivalParticiple(p);
                case "active" -> !tree.passive(p);
                case "place" -> !args.fill(p, java.util.List.of("placec"), pred.plover()).empty();
                case "objplace" -> args.objectIsPlace(p);
                case "infinitive" -> infinitive(p);
                case "statesource" -> stateSource(p, pred);
                default -> r.startsWith("objword:") && objectWord(p, r.substring(8))
                        || r.startsWith("word:") && words(p, r.substring(5))
                        || r.startsWith("noword:") && !words(p, r.substring(7));
            };
            if (!ok) return false;
        }
        return true;
    }

    /** Sectors through which a state uses force on its own people: police, army, government. */
    private static final Set<String> STATE = Set.of("GOV", "MIL", "COP");

    /**
     * "statesource": the subject is a state's force ("la police a ouvert le feu sur les manifestants" represses); who
     * else fires on a crowd attacks it ("des individus ont ouvert le feu sur la foule").
     */
    private boolean stateSource(Token p, Predicate pred) {
        Arg a = args.fill(p, pred.source(), pred.plover());
        return !a.empty() && a.actors().stream().allMatch(x -> x.sector() != null && STATE.contains(x.sector()));
    }

    /** "appelle le Burundi à renouer": the trigger governs an infinitive (what is asked, promised, threatened). */
    private boolean infinitive(Token p) {
        for (Token c : tree.children(p)) {
            String r = c.deprel();
            if (c.deprel().equals("obj")) {
                // "a appelé le président à démissionner": the parser may hang the infinitive on the object
                for (Token g : tree.children(c, "acl")) if (isInfinitive(g)) return true;
            }
            if (!c.isVerbal() || !(r.equals("xcomp") || r.equals("advcl") || r.equals("ccomp"))) continue;
            if (isInfinitive(c)) return true;
        }
        return false;
    }

    private boolean isInfinitive(Token t) {
        return t.isVerbal() && tree.lexicon().tense(t.word()) == org.diurna.morph.Tense.OTHER;
    }

    /**
     * "objword:": the object itself (or a passive's subject) is one of the words ("a capturé la ville"), not any word
     * below the predicate ("a capturé deux soldats dans la région de Koursk" captured no region).
     */
    private boolean objectWord(Token p, String list) {
        org.diurna.events.Lexicon lx = tree.lexicon();
        Set<String> ws = WORDS.computeIfAbsent(lx, k -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(list, l -> expand(l, lx));
        for (Token c : tree.children(p)) {
            boolean patient = c.deprel().equals("obj") || c.deprel().equals("nsubj:pass")
                    || c.deprel().equals("nsubj") && tree.passive(p);
            if (!patient) continue;
            // "la ville que les rebelles ont prise": the relative pronoun's noun is the object
            String k = Keys.key(args.antecedent(c).word());
            String sg = k.endsWith("s") || k.endsWith("x") ? k.substring(0, k.length() - 1) : k;
            if (ws.contains(k) || ws.contains(sg)) return true;
        }
        return false;
    }

    private boolean words(Token p, String list) {
        org.diurna.events.Lexicon lx = tree.lexicon();
        Set<String> ws = WORDS.computeIfAbsent(lx, k -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(list, l -> expand(l, lx));
        if (tree.hasWordBelow(p, ws, 3)) return true;
        // "les 4 assaillants, abattus par les forces de l'ordre": a participle's noun is its patient, above it; a bare
        // participle only describes it ("aux civils blessés")
        boolean told = tree.children(p).stream().anyMatch(c -> c.deprel().startsWith("obl"));
        Token qualified = told && p.isVerbal() && p.deprel().startsWith("acl") ? tree.head(p) : null;
        if (qualified != null && qualified.isCommonNoun()) {
            String k = Keys.key(qualified.word());
            if (ws.contains(k) || ws.contains(k.replaceAll("[sx]$", ""))) return true;
        }
        // "des heurts ont éclaté entre manifestants et policiers": the happening verb's complements are the noun's
        Token h = p.isCommonNoun() ? args.happening(p) : null;
        return h != null && tree.hasWordBelow(h, ws, 2);
    }

    /** A word list with its "@class" entries replaced by the nouns of that class. */
    private static Set<String> expand(String list, org.diurna.events.Lexicon lx) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : list.split("\\|")) {
            if (w.startsWith("@")) out.addAll(lx.nounClass(w.substring(1)));
            else out.add(Keys.key(w));
        }
        return Set.copyOf(out);
    }

    /**
     * Requirement word lists, parsed once per lexicon: they are checked for every candidate predicate of every
     * sentence.
     */
    private static final java.util.Map<org.diurna.events.Lexicon, java.util.Map<String, Set<String>>> WORDS =
            new java.util.concurrent.ConcurrentHashMap<>();
}
