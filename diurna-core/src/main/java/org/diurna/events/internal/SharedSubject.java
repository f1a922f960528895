package org.diurna.events.internal;

import org.diurna.events.Lexicon;
import org.diurna.model.Token;
import org.diurna.morph.Agreement;

/**
 * The verb whose subject a subjectless conjunct shares. The parser hangs a coordinated verb on the nearest verb
 * ("Le gouvernement pakistanais estime que les activistes ont leurs sanctuaires en Afghanistan, et annonce la fermeture
 * de la frontière": "annonce" on "ont"), but a finite verb agrees in number with its subject: when the subject of the
 * verb it hangs on disagrees ("les activistes" is plural, "annonce" singular), the conjunct continues the clause above
 * whose subject agrees ("le gouvernement … estime"). Only definite numbers decide; anything open keeps the parse.
 */
final class SharedSubject {
    /** How many verbs above the parser's head are tried. */
    private static final int MAX_UP = 3;

    private SharedSubject() {}

    /** The verb whose subject the conjunct {@code conj} (a verb with no subject of its own) shares. */
    static Token governor(Tree tree, Lexicon lexicon, Token conj) {
        Token head = tree.head(conj);
        Agreement own = finiteNumber(tree, lexicon, conj);
        if (own.plural() == null || !own.numberClashes(subjectNumber(tree, lexicon, head))) return head;
        Token g = head;
        for (int up = 0; up < MAX_UP; up++) {
            Token next = tree.head(g);
            if (next == null || !next.isVerbal()) return head;
            Agreement a = subjectNumber(tree, lexicon, next);
            if (a.plural() != null && !own.numberClashes(a)) return next;
            g = next;
        }
        return head;
    }

    /** The number of the verb's own finite form, or of its auxiliary ("et a annoncé": "a"). */
    private static Agreement finiteNumber(Tree tree, Lexicon lexicon, Token verb) {
        for (Token c : tree.children(verb)) {
            if (c.deprel().equals("aux") || c.deprel().equals("aux:tense")) return lexicon.verbAgreement(c.word());
        }
        return lexicon.verbAgreement(verb.word());
    }

    /** The number of the verb's subject noun: plural when coordinated ("X et Y"), else the noun form's own. */
    private static Agreement subjectNumber(Tree tree, Lexicon lexicon, Token verb) {
        for (Token c : tree.children(verb)) {
            if (!c.deprel().startsWith("nsubj")) continue;
            if (!c.isCommonNoun()) return Agreement.UNKNOWN;
            for (Token x : tree.children(c)) if (x.deprel().equals("conj")) return new Agreement(null, true);
            return lexicon.nounAgreement(c.word());
        }
        return Agreement.UNKNOWN;
    }
}
