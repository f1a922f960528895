package org.diurna.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.diurna.events.Lexicon;
import org.diurna.model.Sentence;
import org.diurna.model.Token;

/**
 * "L'Iran arme les rebelles", "La France équipe l'armée", "La Russie masse des troupes": a verb in the present that is
 * also a noun ("arme", "équipe", "masse") is read as a noun glued to the subject, and the sentence is left without a
 * verb. When the root is a name or noun and the word after it is, by the morphology, a finite verb form, the word is
 * made the root, the name its subject and what followed its object. So is a participle read as an adjective after
 * an auxiliary ("Un camion a foncé sur des soldats": "foncé" is not the colour).
 *
 * <p>English has the mirror error: "Azerbaijani forces attacked Armenian troops" is tagged forces/VBZ
 * attacked/VBN (an adjective of "troops"). A plural noun read as a verb, followed by a past participle of a verb the
 * lexicon knows that hangs as a modifier on the first word's object, is given back: the participle is the verb,
 * the noun its subject, the object its object.
 */
public final class VerbRepair {
    private VerbRepair() {}

    public static Sentence apply(Sentence s, Lexicon lexicon) {
        return participleAfterAuxiliary(nounRoot(pluralSubject(s, lexicon), lexicon), lexicon);
    }

    /** The root read as a name or noun, the verb after it as a noun or adjective (see the class comment). */
    private static Sentence nounRoot(Sentence s, Lexicon lexicon) {
        List<Token> ts = s.tokens();
        Token root = null;
        for (Token t : ts) if (t.head() < 0) root = t;
        if (root == null || root.isVerbal() || !("PROPN".equals(root.pos()) || "NOUN".equals(root.pos()))) return s;
        int v = root.index() + 1;
        if (v >= ts.size()) return s;
        // "Un camion a foncé sur…": an auxiliary then a participle read as an adjective ("foncé": dark)
        boolean compound = "AUX".equals(ts.get(v).pos()) && v + 1 < ts.size() && ts.get(v).head() == v + 1;
        if (compound) v++;
        Token verb = ts.get(v);
        if (verb.head() != root.index() || !("NOUN".equals(verb.pos()) || "ADJ".equals(verb.pos()))) return s;
        org.diurna.morph.Tense tense = lexicon.tense(verb.word());
        if (compound ? tense != org.diurna.morph.Tense.PARTICIPLE
                : tense != org.diurna.morph.Tense.PRESENT && tense != org.diurna.morph.Tense.SIMPLE_PAST) return s;
        if (lexicon.predicates(verb.word()).stream().noneMatch(h -> !h.predicate().isNoun())) return s;
        List<Token> out = new ArrayList<>(ts);
        out.set(v, new Token(verb.index(), verb.start(), verb.end(), verb.word(), "VERB", verb.ner(), -1, "root"));
        out.set(root.index(), new Token(root.index(), root.start(), root.end(), root.word(), root.pos(), root.ner(), v,
                "nsubj"));
        boolean object = false;
        if (compound) {
            Token aux = ts.get(v - 1);
            out.set(v - 1, new Token(aux.index(), aux.start(), aux.end(), aux.word(), aux.pos(), aux.ner(), v, "aux"));
        }
        for (Token t : ts) {
            if (t.index() <= v || t.head() != root.index() && t.head() != v) continue;
            boolean hasCase = ts.stream().anyMatch(c -> c.head() == t.index() && c.deprel().equals("case"));
            String rel = t.deprel();
            if (!object && !hasCase && ("NOUN".equals(t.pos()) || "PROPN".equals(t.pos()))) {
                rel = "obj";
                object = true;
            } else if (!rel.equals("punct")) {
                rel = hasCase ? "obl" : rel;
            }
            out.set(t.index(), new Token(t.index(), t.start(), t.end(), t.word(), t.pos(), t.ner(), v, rel));
        }
        return new Sentence(s.index(), s.start(), s.end(), out);
    }

    /** "Azerbaijani forces attacked Armenian troops": see the class comment. */
    /**
     * "Des jihadistes ont tendu une embuscade": a past participle the tagger read as an adjective although it has its
     * own tense auxiliary ("ont") is the verb.
     */
    private static Sentence participleAfterAuxiliary(Sentence s, Lexicon lexicon) {
        List<Token> out = null;
        for (Token t : s.tokens()) {
            if (!"ADJ".equals(t.pos()) || lexicon.tense(t.word()) != org.diurna.morph.Tense.PARTICIPLE) continue;
            boolean aux = s.tokens().stream().anyMatch(c -> c.head() == t.index() && c.deprel().equals("aux"));
            if (!aux) continue;
            if (out == null) out = new java.util.ArrayList<>(s.tokens());
            out.set(t.index(), new Token(t.index(), t.start(), t.end(), t.word(), "VERB", t.ner(), t.head(), t.deprel()));
        }
        return out == null ? s : new Sentence(s.index(), s.start(), s.end(), out);
    }

    private static Sentence pluralSubject(Sentence s, Lexicon lexicon) {
        List<Token> ts = s.tokens();
        for (int n = 1; n + 2 < ts.size(); n++) {
            Token noun = ts.get(n);
            Token verb = ts.get(n + 1);
            if (!"VBZ".equals(noun.pos()) || !noun.word().endsWith("s") || ts.get(n - 1).head() != n
                    || !ts.get(n - 1).deprel().startsWith("nsubj")) continue;
            if (!"VBN".equals(verb.pos()) && !"VBD".equals(verb.pos()) || !verb.deprel().equals("amod")) continue;
            Token object = ts.get(verb.head());
            if (object.head() != n || !object.deprel().equals("obj") || object.index() <= verb.index()) continue;
            if (lexicon.predicates(verb.word()).stream().allMatch(h -> h.predicate().isNoun())) continue;
            List<Token> out = new ArrayList<>(ts);
            out.set(n + 1, new Token(verb.index(), verb.start(), verb.end(), verb.word(), "VBD", verb.ner(),
                    noun.head(), noun.deprel()));
            out.set(n, new Token(noun.index(), noun.start(), noun.end(), noun.word(), "NNS", noun.ner(), n + 1,
                    "nsubj"));
            Token name = ts.get(n - 1);
            out.set(n - 1, new Token(name.index(), name.start(), name.end(), name.word(), name.pos(), name.ner(), n,
                    "amod"));
            for (Token t : ts) {
                // what hung on the noun-read-as-verb ("when", the object, obliques) hangs on the verb
                if (t.head() == n && t.index() != n - 1 && t.index() != n + 1) {
                    out.set(t.index(), new Token(t.index(), t.start(), t.end(), t.word(), t.pos(), t.ner(), n + 1,
                            t.deprel()));
                }
            }
            return new Sentence(s.index(), s.start(), s.end(), out);
        }
        return s;
    }
}
