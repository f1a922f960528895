package org.diurna.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.diurna.events.Lexicon;
import org.diurna.model.Sentence;
import org.diurna.model.Token;

/**
 * A relative "que" the French parser read as a conjunction ("Kidal, que les rebelles avaient conquise en mars":
 * {@code que/SCONJ mark}, the clause an adverbial of the main verb; "la ville que l'armée a bombardée": a relative
 * clause without its object). The pronoun is the clause's object and the clause modifies the noun right before it,
 * so the verb gets that noun as its object ({@link Phrases} reads the pronoun as its antecedent).
 *
 * <p>Only where the clause lacks an object and hangs on a noun or as an adverbial: "a dit aux journalistes que les
 * rebelles avaient reculé" (a completive, hung on the verb of saying) is left alone, as is a clause that has its object
 * ("l'idée que la France a trahi ses alliés").
 */
final class RelativeObject {
    private RelativeObject() {}

    static Sentence apply(Sentence s, Lexicon lexicon) {
        List<Token> ts = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (Token q : s.tokens()) {
            if (!"object".equals(lexicon.relativeFunction(q.word())) || !q.deprel().equals("mark") || q.head() < 0) {
                continue;
            }
            Token verb = ts.get(q.head());
            String r = verb.deprel();
            if (!verb.isVerbal() || !(r.equals("acl:relcl") || r.equals("acl") || r.equals("advcl"))) continue;
            Token antecedent = antecedent(ts, q);
            if (antecedent == null || hasChild(ts, verb, "obj") || !hasChild(ts, verb, "nsubj")) continue;
            ts.set(q.index(), ParseRepair.with(q, "PRON", verb.index(), "obj"));
            if (!r.equals("acl:relcl")) {
                ts.set(verb.index(), ParseRepair.with(verb, verb.pos(), antecedent.index(), "acl:relcl"));
            }
            changed = true;
        }
        return changed ? new Sentence(s.index(), s.start(), s.end(), ts) : s;
    }

    /** The noun or name right before the pronoun (over a comma), or null. */
    private static Token antecedent(List<Token> ts, Token q) {
        int i = q.index() - 1;
        if (i >= 0 && ts.get(i).word().equals(",")) i--;
        if (i < 0) return null;
        Token n = ts.get(i);
        return n.isCommonNoun() || "PROPN".equals(n.pos()) ? n : null;
    }

    private static boolean hasChild(List<Token> ts, Token t, String rel) {
        for (Token c : ts) if (c.head() == t.index() && (c.deprel().equals(rel) || c.deprel().startsWith(rel + ":"))) return true;
        return false;
    }
}
