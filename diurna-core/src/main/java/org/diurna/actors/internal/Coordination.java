package org.diurna.actors.internal;

import java.util.ArrayList;
import java.util.List;
import org.diurna.model.Actor;
import org.diurna.model.Mention;
import org.diurna.model.Sentence;
import org.diurna.model.Token;

/**
 * Coordinated actors ("MM. Macron et Scholz", "la Turquie et la Russie") become one PLURAL mention whose members are
 * the actors, in text order; found on the dependency parse (a {@code conj} from one actor's words to another's).
 */
public final class Coordination {
    private Coordination() {}

    public static List<Mention> find(List<Mention> sorted, List<Sentence> sentences) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Mention> in = sorted.stream().filter(m -> m.actor() != null && m.start() >= s.start()
                    && m.end() <= s.end()).toList();
            List<Mention> chain = new ArrayList<>();
            for (int i = 0; i < in.size(); i++) {
                Mention b = in.get(i);
                Token head = conjunctHead(headOf(b, s), s);
                // UD hangs every conjunct on the first one ("l'Allemagne, la Belgique, la France et l'UE"), a nested
                // parse on the previous one: either continues the chain
                Mention a = chain.isEmpty() ? previousConjunct(in, i, head, s) : chain.get(chain.size() - 1);
                boolean continues = a != null && governs(a, head, s)
                        || !chain.isEmpty() && head != null && governs(chain.get(0), head, s);
                if (head != null && head.deprel().equals("conj") && continues) {
                    if (chain.isEmpty()) chain.add(a);
                    chain.add(b);
                    continue;
                }
                flush(chain, out);
                if (i + 1 < in.size()) chain.clear();
            }
            flush(chain, out);
        }
        return out;
    }

    private static Mention previousConjunct(List<Mention> in, int i, Token head, Sentence s) {
        for (int k = i - 1; k >= 0; k--) if (head != null && governs(in.get(k), head, s)) return in.get(k);
        return null;
    }

    private static void flush(List<Mention> chain, List<Mention> out) {
        if (chain.size() >= 2) {
            Mention first = chain.get(0);
            Mention last = chain.get(chain.size() - 1);
            List<Actor> members = chain.stream().map(Mention::actor).toList();
            out.add(new Mention(first.start(), last.end(), null, "PLURAL", null, null, members, "coordination"));
        }
        chain.clear();
    }

    /** "et son homologue chinois Xi Jinping": the conjunct is the role noun the name is in apposition to. */
    private static Token conjunctHead(Token h, Sentence s) {
        for (int i = 0; h != null && i < 2 && !h.deprel().equals("conj"); i++) {
            if (!(h.deprel().equals("appos") || h.deprel().startsWith("flat") || h.deprel().equals("nmod"))
                    || h.head() < 0) return h;
            h = s.token(h.head());
        }
        return h;
    }

    /** The word of {@code m} whose governor lies outside it. */
    static Token headOf(Mention m, Sentence s) {
        for (Token t : s.tokens()) {
            if (t.start() < m.start() || t.end() > m.end()) continue;
            if (t.head() < 0) return t;
            Token h = s.token(t.head());
            if (h.start() < m.start() || h.end() > m.end()) return t;
        }
        return null;
    }

    /** True when the conjunct's governor is a word of {@code a}, or the title or role words right before it. */
    private static boolean governs(Mention a, Token conj, Sentence s) {
        if (conj.head() < 0) return false;
        Token g = s.token(conj.head());
        // the governor may be the role noun before the name ("le président américain Joe Biden et ...")
        return g.start() >= a.start() - 30 && g.end() <= a.end() && !s.tokens().stream()
                .anyMatch(t -> t.start() > g.end() && t.end() <= a.start() && t.isVerbal());
    }
}
