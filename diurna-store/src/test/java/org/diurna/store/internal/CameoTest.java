package org.diurna.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CameoTest {
    @Test void quadClassByRoot() {
        for (int r = 1; r <= 20; r++) {
            int expected = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
            assertEquals(expected, Cameo.quadClass(String.format("%02d", r)), "root " + r);
        }
        assertEquals(1, Cameo.quadClass("05"));
        assertEquals(2, Cameo.quadClass("06"));
        assertEquals(3, Cameo.quadClass("13"));
        assertEquals(4, Cameo.quadClass("14"));
        assertNull(Cameo.quadClass("21"));
        assertNull(Cameo.quadClass(null));
    }

    @Test void goldsteinForEveryRoot() {
        for (int r = 1; r <= 20; r++) {
            Double g = Cameo.goldstein(String.format("%02d", r));
            assertNotNull(g, "root " + r);
            assertTrue(g >= -10 && g <= 10);
            // Cooperation scores non-negative, conflict scores negative: the scale's whole point.
            assertTrue(r <= 8 ? g >= 0 : g < 0, "root " + r + " sign");
        }
        assertEquals(1.0, Cameo.goldstein("04"));
        assertEquals(-10.0, Cameo.goldstein("19"));
        assertNull(Cameo.goldstein("xx"));
    }

    @Test void rootSpellings() {
        assertEquals("04", Cameo.root("4"));
        assertEquals("04", Cameo.root("040"));
        assertEquals("19", Cameo.root("190"));
        assertNull(Cameo.root("00"));
        assertNull(Cameo.root("04'; --"));
    }
}
