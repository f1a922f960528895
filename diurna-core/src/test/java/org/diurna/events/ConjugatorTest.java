package org.diurna.events;

import org.diurna.morph.Tense;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConjugatorTest {
    private final Conjugator c = Conjugator.shared();

    @Test void regularAndIrregularForms() {
        Map<String, Tense> f = c.forms("convenir", null);
        assertEquals(Tense.PARTICIPLE, f.get("convenu"));
        assertEquals(Tense.PRESENT, f.get("conviennent"));
        assertEquals(Tense.FUTURE, f.get("conviendra"));
        assertEquals(Tense.CONDITIONAL, f.get("conviendraient"));
        assertEquals(Tense.PRESENT, c.forms("appuyer", null).get("appuie"));
        assertEquals(Tense.PARTICIPLE, c.forms("appuyer", null).get("appuyées"));
        assertEquals(Tense.PARTICIPLE, c.forms("recevoir", null).get("reçu"));
        assertEquals(Tense.PRESENT, c.forms("entretenir", null).get("entretiennent"));
        assertEquals(Tense.PRESENT, c.forms("menacer", null).get("menaçons"));
        assertEquals(Tense.PRESENT, c.forms("accélérer", null).get("accélère"));
        assertEquals(Tense.PRESENT, c.forms("rejeter", "eter2").get("rejette"));
        assertEquals(Tense.FUTURE, c.forms("rendre", null).get("rendra"));
        assertEquals(Tense.PARTICIPLE, c.forms("démentir", null).get("démenti"));
        assertEquals(Tense.SIMPLE_PAST, c.forms("prendre", null).get("prirent"));
    }

    @Test void unknownClassIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> c.forms("xyz", null));
        assertThrows(IllegalArgumentException.class, () -> c.forms("aimer", "nope"));
    }

    @Test void everyLexiconVerbConjugates() {
        Lexicon fr = Lexicon.of("fr");
        assertTrue(fr.predicates("entretiennent").stream().anyMatch(h -> h.predicate().plover().equals("CONSULT")));
        assertTrue(fr.predicates("appuie").stream().anyMatch(h -> h.predicate().plover().equals("SUPPORT")));
        assertTrue(fr.predicates("bombardé").stream().anyMatch(h -> h.predicate().plover().equals("ASSAULT")));
        assertTrue(!fr.isReporting("a"), "auxiliaries are not reporting verbs");
        assertTrue(fr.isReporting("rapporté") && fr.isReporting("indiquant") && fr.isReporting("confirme"));
        assertTrue(fr.isInsult("tyran"));
        assertTrue(fr.cues("pourrait").stream().anyMatch(q -> q.factuality().equals("hypothetical")));
    }
}
