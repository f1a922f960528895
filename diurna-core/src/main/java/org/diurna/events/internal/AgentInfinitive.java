package org.diurna.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.diurna.events.Lexicon;
import org.diurna.model.Sentence;
import org.diurna.model.Token;

/**
 * "Les habitants étaient appelés par les autorités à s'éloigner de la mer": the French parser may hang the infinitive
 * an object-control verb governs (control-verbs.tsv) on the passive agent right before it, as if the authorities
 * were moving away. The infinitive is the verb's open complement ({@code xcomp}): the call is on the residents to act,
 * not a telephone call to them.
 */
final class AgentInfinitive {
    private AgentInfinitive() {}

    static Sentence apply(Sentence s, Lexicon lexicon) {
        List<Token> ts = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (Token inf : s.tokens()) {
            if (!inf.deprel().equals("acl") || !"VERB".equals(inf.pos()) || inf.head() < 0) continue;
            Token agent = ts.get(inf.head());
            if (!agent.deprel().equals("obl:agent") || agent.head() < 0 || inf.index() < agent.index()) continue;
            Token verb = ts.get(agent.head());
            if (!verb.isVerbal() || lexicon.controller(verb.word()) == null || !marked(ts, inf)) continue;
            ts.set(inf.index(), ParseRepair.with(inf, inf.pos(), verb.index(), "xcomp"));
            changed = true;
        }
        return changed ? new Sentence(s.index(), s.start(), s.end(), ts) : s;
    }

    /** The infinitive is introduced by a preposition or subordinator of its own ("à", "de"). */
    private static boolean marked(List<Token> ts, Token inf) {
        for (Token c : ts) {
            if (c.head() == inf.index() && c.index() < inf.index() && (c.deprel().equals("mark")
                    || c.deprel().equals("case"))) return true;
        }
        return false;
    }
}
