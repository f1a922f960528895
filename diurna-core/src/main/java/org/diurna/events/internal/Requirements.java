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
                default -> r.startsWith("word:") && words(p, r.substring(5))
                        || r.startsWith("noword:") && !words(p, r.substring(7));
            };
            if (!ok) return false;
        }
        return true;
    }

    /** "appelle le Burundi à renouer": the trigger governs an infinitive (what is asked, promised, threatened). */
    private boolean infinitive(Token p) {
        for (Token c : tree.children(p)) {
            String r = c.deprel();
            if (!c.isVerbal() || !(r.equals("xcomp") || r.equals("advcl") || r.equals("ccomp"))) continue;
            if (tree.lexicon().tense(c.word()) == org.diurna.morph.Tense.OTHER) return true;
        }
        return false;
    }

    private boolean words(Token p, String list) {
        org.diurna.events.Lexicon lx = tree.lexicon();
        return tree.hasWordBelow(p, WORDS.computeIfAbsent(lx, k -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(list, l -> expand(l, lx)), 3);
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
