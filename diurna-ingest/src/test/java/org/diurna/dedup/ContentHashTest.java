package org.diurna.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentHashTest {
    @Test void isTheSha256OfTheNormalisedText() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.of(""));
        assertEquals(ContentHash.of(""), ContentHash.of(" \r\n\t\u00a0"));
        assertTrue(ContentHash.of("x").matches("[0-9a-f]{64}"));
    }

    @Test void lineEndingsAndNoBreakSpacesDoNotCount() {
        String unix = WireStory.ORIGINAL;
        String windows = unix.replace("\n", "\r\n");
        String plainSpaces = unix.replace('\u00a0', ' ');
        String narrowSpaces = unix.replace('\u00a0', '\u202f');
        assertEquals(ContentHash.of(unix), ContentHash.of(windows));
        assertEquals(ContentHash.of(unix), ContentHash.of(plainSpaces));
        assertEquals(ContentHash.of(unix), ContentHash.of(narrowSpaces));
        assertEquals(ContentHash.of(unix), ContentHash.of("\uFEFF  " + windows + "\r\n\r\n"));
    }

    @Test void typographyIsUnified() {
        String curly = "«\u00a0L’État n’a rien décidé\u00a0», dit-il – sans plus\u2026 Pourquoi\u202f?";
        String straight = "\"L'État n'a rien décidé\", dit-il - sans plus... Pourquoi?";
        assertEquals(ContentHash.of(straight), ContentHash.of(curly));
        // Composed and decomposed accents are one text.
        assertEquals(ContentHash.of("État"), ContentHash.of("E\u0301tat"));
    }

    @Test void anyRealChangeGivesAnotherHash() {
        String a = WireStory.ORIGINAL;
        assertNotEquals(ContentHash.of(a), ContentHash.of(a.replace("quatre cents", "quatre-cents")));
        assertNotEquals(ContentHash.of(a), ContentHash.of(a.replace("Vieux-Port", "vieux-port")));
        assertNotEquals(ContentHash.of("Etat"), ContentHash.of("État"));
        assertNotEquals(ContentHash.of("a b"), ContentHash.of("ab"));
    }
}
