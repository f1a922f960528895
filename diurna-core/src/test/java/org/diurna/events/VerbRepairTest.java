package org.diurna.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.diurna.events.internal.VerbRepair;
import org.diurna.model.Sentence;
import org.junit.jupiter.api.Test;

/** The parser's verb misreadings that {@link VerbRepair} undoes, on hand-parsed sentences as CoreNLP gave them. */
class VerbRepairTest {
    private static final Lexicon FR = Lexicon.of("fr");

    @Test void participleReadAsAnAdjectiveAfterAnAuxiliaryBecomesTheVerb() {
        // the shape of CoreNLP's parse of "Un camion a foncé sur un groupe de soldats" ("foncé": dark), on a verb
        // of the lexicon
        String text = "Un commando a attaqué un groupe de soldats.";
        Sentence s = HandParsed.sentence(text, "Un DET 1 det", "commando NOUN -1 root", "a AUX 3 aux",
                "attaqué ADJ 1 amod", "un DET 5 det", "groupe NOUN 1 appos", "de ADP 7 case", "soldats NOUN 5 nmod",
                ". PUNCT 1 punct");
        Sentence r = VerbRepair.apply(s, FR);
        assertEquals("root", r.token(3).deprel());
        assertEquals("VERB", r.token(3).pos());
        assertEquals("nsubj", r.token(1).deprel());
        assertEquals(3, r.token(1).head());
        assertEquals(3, r.token(2).head());
        assertEquals("obj", r.token(5).deprel());
        assertEquals(3, r.token(5).head());
    }

    @Test void aNounAfterAnAuxiliaryIsLeftAlone() {
        String text = "Le camion a un moteur.";
        Sentence s = HandParsed.sentence(text, "Le DET 1 det", "camion NOUN 2 nsubj", "a VERB -1 root",
                "un DET 4 det", "moteur NOUN 2 obj", ". PUNCT 2 punct");
        assertEquals(s, VerbRepair.apply(s, FR));
    }
}
