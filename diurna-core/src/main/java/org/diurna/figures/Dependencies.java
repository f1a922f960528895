package org.diurna.figures;

import java.util.List;
import org.diurna.figures.Words.Word;
import org.diurna.model.Sentence;
import org.diurna.model.Span;
import org.diurna.model.Token;

/**
 * What the dependency parse tells about counted people when the surface rules cannot see it: the participle whose
 * subject they are, however far ("vingt personnes, dont cinq enfants, ont été tuées"), or that modifies them.
 * Sentences without a parse (all heads -1) give nothing.
 */
final class Dependencies {
    private Dependencies() {}

    /**
     * The participle of {@code units-xx.tsv} (role pred) linked to the token at {@code nounStart}, or null. Number
     * phrase words [{@code from}, {@code to}) of {@code w} may stand for the noun: UD parses make "centaines" the
     * subject in "des centaines de manifestants ont été arrêtés", with "manifestants" its nmod.
     */
    static Span predicate(Sentence s, int nounStart, int from, int to, List<Word> w, FigureLexicon lx) {
        Token t = tokenAt(s, nounStart);
        if (t == null) return null;
        if (t.deprel().startsWith("nmod") && t.head() >= 0) {
            Token h = s.token(t.head());
            if (h.start() >= w.get(from).start() && h.end() <= w.get(to - 1).end()) t = h;
        }
        if (t.head() >= 0 && t.deprel().startsWith("nsubj")) {
            Token h = s.token(t.head());
            if (lx.unit(Words.norm(h.word()), "pred") != null) return h.span();
        }
        for (Token c : s.children(t.index())) {
            if ((c.deprel().startsWith("acl") || c.deprel().equals("amod"))
                    && lx.unit(Words.norm(c.word()), "pred") != null) {
                return c.span();
            }
        }
        return null;
    }

    private static Token tokenAt(Sentence s, int offset) {
        for (Token t : s.tokens()) if (t.start() <= offset && offset < t.end()) return t;
        return null;
    }
}
