package org.diurna.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {
    @Test void fnvMatchesThePublishedTestVectors() {
        assertEquals(0xcbf29ce484222325L, Hash64.fnv1a(""));
        assertEquals(0xaf63dc4c8601ec8cL, Hash64.fnv1a("a"));
        assertEquals(0x85944171f73967e8L, Hash64.fnv1a("foobar"));
    }

    @Test void wordsAreLowercasedWithoutAccentsOrPunctuation() {
        assertEquals(List.of("l", "etat", "a", "t", "il", "verse", "1", "500", "a", "l", "oeuvre", "en", "2024"),
                Shingles.words("L’État a-t-il versé 1\u00a0500 €, à l'Œuvre, en 2024 ?"));
        assertEquals(Shingles.words("ÉTAT, Etat"), Shingles.words("état etat"));
        assertEquals(List.of("1er", "mai"), Shingles.words("1ᵉʳ mai")); // compatibility forms fold
        assertEquals(List.of(), Shingles.words(" … — « » "));
    }

    @Test void oneShinglePerWindowOfFiveWords() {
        Shingles s = new Shingles();
        assertEquals(5, s.size());
        assertEquals(4, s.hashes("un deux trois quatre cinq six sept huit").length);
        assertEquals(1, s.hashes("un deux trois quatre cinq").length);
        // Repeated windows count once.
        assertEquals(1, s.hashes("la la la la la la la la").length);
    }

    @Test void textsShorterThanOneShingleGetOne() {
        Shingles s = new Shingles();
        assertEquals(1, s.hashes("Grève générale").length);
        assertArrayEquals(s.hashes("GRÈVE générale !"), s.hashes("grève, générale"));
        assertNotEquals(s.hashes("grève générale")[0], s.hashes("grève")[0]);
        assertEquals(0, s.hashes("  ").length);
    }

    @Test void wordOrderMatters() {
        Shingles s = new Shingles(2);
        assertNotEquals(s.hashes("paris lyon")[0], s.hashes("lyon paris")[0]);
    }

    @Test void sizeMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Shingles(0));
    }
}
