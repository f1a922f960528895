package org.diurna.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.diurna.quotes.internal.SpeakerNumber;
import org.junit.jupiter.api.Test;

class SpeakerNumberTest {
    private final SpeakerNumber fr = SpeakerNumber.of("fr");
    private final SpeakerNumber en = SpeakerNumber.of("en");

    @Test void personalPronounsTellTheirNumberAndOtherWordsAreNoPronouns() {
        assertEquals("singular", fr.pronoun("Il"));
        assertEquals("plural", fr.pronoun("eux"));
        assertEquals("plural", en.pronoun("They"));
        assertNull(fr.pronoun("Macron"));
        assertNull(fr.pronoun("le ministre"));
    }

    @Test void aNounPhraseTakesItsDeterminersNumberAndANameIsOneSpeaker() {
        assertEquals("plural", fr.ofName("les pompiers"));
        assertEquals("plural", fr.ofName("Les pompiers"));
        assertEquals("singular", fr.ofName("Le ministre iranien des Transports"));
        assertEquals("singular", fr.ofName("L'agence Spoutnik"));
        assertEquals("singular", fr.ofName("Nicolas Hulot"));
        assertEquals("plural", fr.ofName("manifestants"));
        assertEquals("plural", en.ofName("the firefighters"));
        assertEquals("singular", en.ofName("the minister"));
    }
}
