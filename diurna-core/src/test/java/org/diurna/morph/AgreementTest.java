package org.diurna.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Gender and number from the French dictionary: definite where every reading agrees, open (null) otherwise. */
class AgreementTest {
    private final Morphology fr = Morphology.of("fr");

    @Test void finiteVerbsHaveTheNumberOfAllTheirFiniteReadings() {
        assertEquals(Boolean.FALSE, fr.verbAgreement("annonce").plural());
        assertEquals(Boolean.TRUE, fr.verbAgreement("annoncent").plural());
        assertEquals(Boolean.TRUE, fr.verbAgreement("ont").plural());
        assertEquals(Boolean.FALSE, fr.verbAgreement("a").plural());
        // a participle is no finite form; an unknown word says nothing
        assertNull(fr.verbAgreement("annoncé").plural());
        assertNull(fr.verbAgreement("xqzw").plural());
    }

    @Test void nounsKeepOnlyWhatIsDefinite() {
        Agreement police = fr.nounAgreement("police");
        assertEquals(Boolean.TRUE, police.feminine());
        assertEquals(Boolean.FALSE, police.plural());
        assertEquals(Boolean.FALSE, fr.nounAgreement("gouvernement").feminine());
        // "activistes" is epicene; "pays" is singular and plural
        assertNull(fr.nounAgreement("activistes").feminine());
        assertEquals(Boolean.TRUE, fr.nounAgreement("activistes").plural());
        assertNull(fr.nounAgreement("pays").plural());
    }

    @Test void pronounsHaveTheirGender() {
        assertEquals(Boolean.FALSE, fr.pronounAgreement("il").feminine());
        assertEquals(Boolean.TRUE, fr.pronounAgreement("elle").feminine());
        assertEquals(Boolean.TRUE, fr.pronounAgreement("ils").plural());
    }

    @Test void clashesNeedTwoDefiniteValues() {
        Agreement sg = new Agreement(null, false);
        Agreement pl = new Agreement(null, true);
        assertTrue(sg.numberClashes(pl));
        assertFalse(sg.numberClashes(Agreement.UNKNOWN));
        assertFalse(new Agreement(true, null).genderClashes(new Agreement(null, false)));
        assertTrue(new Agreement(true, null).genderClashes(new Agreement(false, null)));
    }

    @Test void aLanguageWithoutDictionaryKnowsNothing() {
        assertEquals(Agreement.UNKNOWN, Morphology.of("en").verbAgreement("announces"));
        assertEquals(Agreement.UNKNOWN, Morphology.of("en").nounAgreement("government"));
    }
}
