package org.diurna.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.diurna.model.Sentence;
import org.diurna.model.Token;

/**
 * Clause attachments the French parser gets wrong around a verb, undone after {@link ParseRepair}'s word-level
 * repairs: a "par" phrase after an active verb's object hung as the verb's passive agent ("a dénoncé le tir par
 * Pyongyang"), a "selon" phrase read as the subject ("Selon l'armée, 25 drones ont été abattus"), a participle clause
 * with its own "ayant" hung on the noun before its comma ("connus des services de police, ayant été incarcérés").
 */
final class ClauseRepair {
    private ClauseRepair() {}

    static Sentence apply(Sentence s) {
        List<Token> ts = new ArrayList<>(s.tokens());
        // the repairs move subjects, conjuncts and clauses, never a word's prepositions: the parse read as given
        Tree given = new Tree(s, null);
        boolean changed = false;
        for (int i = 0; i < ts.size(); i++) {
            Token c = ts.get(i);
            if (c.head() < 0) continue;
            Token h = ts.get(c.head());
            // 1. "La Corée du Sud a dénoncé le tir par Pyongyang d'un missile": a "par" phrase hung as the passive agent
            // of an active verb with its object before it is the object's agent ("le tir par Pyongyang")
            if (c.deprel().equals("obl:agent") && h.isVerbal() && activeWithObjectBefore(ts, h, c)) {
                Token o = null;
                for (Token t : ts) if (t.head() == h.index() && t.deprel().equals("obj") && t.index() < c.index()) o = t;
                ts.set(i, ParseRepair.with(c, c.pos(), o.index(), "nmod"));
                changed = true;
                continue;
            }
            // 2. "Selon l'armée de l'air, 25 drones et trois missiles ont été abattus": a "selon" phrase read as the
            // subject is who reports; its first conjunct after the comma is the subject
            if (c.deprel().startsWith("nsubj") && given.attributed(c)) {
                Token first = null;
                for (int k = i + 1; k < ts.size(); k++) {
                    Token m = ts.get(k);
                    if (m.head() != i || !m.deprel().equals("conj")) continue;
                    if (first == null) {
                        first = m;
                        ts.set(k, ParseRepair.with(m, m.pos(), c.head(), c.deprel()));
                    } else {
                        ts.set(k, ParseRepair.with(m, m.pos(), first.index(), "conj"));
                    }
                }
                ts.set(i, ParseRepair.with(c, c.pos(), c.head(), "obl"));
                changed = true;
                continue;
            }
            // 3. "Les suspects sont connus des services de police, ayant déjà été incarcérés": a participle clause
            // with its own present-participle auxiliary after a comma speaks of the subject of its clause (the
            // "participe apposé" agrees with the subject), not of the noun the comma closes
            Token clause = apposedParticiple(ts, c, h);
            if (clause != null) {
                ts.set(i, ParseRepair.with(c, c.pos(), clause.index(), "advcl"));
                changed = true;
                continue;
            }
        }
        return changed ? new Sentence(s.index(), s.start(), s.end(), ts) : s;
    }

    /**
     * The verb whose subject a participle clause {@code c} hung on a noun {@code h} speaks of: {@code c} has an
     * auxiliary in "-ant" ("ayant", "étant") right after a comma, {@code h} is no subject, and the first verb above
     * {@code h} has a subject; else null.
     */
    private static Token apposedParticiple(List<Token> ts, Token c, Token h) {
        if (!c.deprel().startsWith("acl") || !"VERB".equals(c.pos()) || !h.isCommonNoun()
                || h.deprel().startsWith("nsubj")) return null;
        Token aux = null;
        for (Token t : ts) if (aux == null && t.head() == c.index() && t.deprel().startsWith("aux")) aux = t;
        if (aux == null || !aux.word().toLowerCase().endsWith("ant") || aux.index() == 0) return null;
        int first = aux.index();
        for (Token t : ts) {
            if (t.head() == c.index() && t.index() < first && !t.deprel().equals("punct")) first = t.index();
        }
        if (first == 0 || !ts.get(first - 1).word().equals(",")) return null;
        Token v = h;
        for (int k = 0; k < 10 && v != null && !v.isVerbal(); k++) v = v.head() < 0 ? null : ts.get(v.head());
        if (v == null) return null;
        Token verb = v;
        return ts.stream().anyMatch(t -> t.head() == verb.index() && t.deprel().startsWith("nsubj")) ? verb : null;
    }

    /** The verb has an object before {@code agent} and nothing passive: no passive auxiliary or subject. */
    private static boolean activeWithObjectBefore(List<Token> ts, Token verb, Token agent) {
        boolean object = false;
        for (Token t : ts) {
            if (t.head() != verb.index()) continue;
            if (t.deprel().equals("aux:pass") || t.deprel().equals("nsubj:pass")) return false;
            if (t.deprel().equals("obj") && t.index() < agent.index() && t.isCommonNoun()) object = true;
        }
        return object;
    }

}
