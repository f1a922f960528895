package org.diurna.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorCodeTest {
    @Test void codes() {
        assertEquals(Optional.of(new ActorCode("TUR", null)), ActorCode.parse("TUR"));
        assertEquals(Optional.of(new ActorCode("TUR", "GOV")), ActorCode.parse("TURGOV"));
        assertEquals(Optional.of(new ActorCode("TUR", "GOV")), ActorCode.parse(" TUR GOV "));
    }

    @Test void namesAreNotCodes() {
        assertTrue(ActorCode.parse("tur").isEmpty());
        assertTrue(ActorCode.parse("Erdogan").isEmpty());
        assertTrue(ActorCode.parse("TUR' OR 1=1").isEmpty());
    }

    @Test void dyads() {
        ActorCode[] d = ActorCode.dyad("TUR, RUSGOV");
        assertEquals(new ActorCode("TUR", null), d[0]);
        assertEquals(new ActorCode("RUS", "GOV"), d[1]);
        assertThrows(IllegalArgumentException.class, () -> ActorCode.dyad("TUR"));
        assertThrows(IllegalArgumentException.class, () -> ActorCode.dyad("TUR,Erdogan"));
    }
}
