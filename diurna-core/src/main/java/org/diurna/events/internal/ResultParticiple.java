package org.diurna.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.diurna.events.Lexicon;
import org.diurna.model.Sentence;
import org.diurna.model.Token;

/**
 * "L'attentat a fait 434 blessés": the French parser may read the count of victims as a passive participle whose
 * auxiliary is the result verb ({@code blessés/VERB} with {@code fait/AUX aux:pass} and the attack as its passive
 * subject), which makes the attack the one wounded. The participle with a number is the result verb's object, the
 * verb heads the clause and the deed is its subject (support-verbs-fr.tsv, kind {@code result}, reads the rest).
 */
final class ResultParticiple {
    private ResultParticiple() {}

    static Sentence apply(Sentence s, Lexicon lexicon) {
        List<Token> ts = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (Token p : s.tokens()) {
            if (!"VERB".equals(p.pos())) continue;
            Token result = null;
            boolean counted = false;
            for (Token c : ts) {
                if (c.head() != p.index()) continue;
                if (c.deprel().startsWith("aux") && lexicon.isResultVerb(c.word())) result = c;
                if (c.deprel().equals("nummod")) counted = true;
            }
            if (result == null || !counted) continue;
            ts.set(result.index(), ParseRepair.with(result, "VERB", p.head(), p.deprel()));
            ts.set(p.index(), ParseRepair.with(p, "NOUN", result.index(), "obj"));
            for (int k = 0; k < ts.size(); k++) {
                Token c = ts.get(k);
                if (c.head() != p.index() || k == result.index() || c.deprel().equals("nummod")
                        || c.deprel().equals("amod")) continue;
                String rel = c.deprel().equals("nsubj:pass") ? "nsubj" : c.deprel().equals("aux:pass") ? "aux"
                        : c.deprel();
                ts.set(k, ParseRepair.with(c, c.pos(), result.index(), rel));
            }
            changed = true;
        }
        return changed ? new Sentence(s.index(), s.start(), s.end(), ts) : s;
    }
}
