package org.diurna.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorCodesTest {
    @Test void normalises() {
        assertEquals("RUSGOV", ActorCodes.normalise("rus gov"));
        assertEquals("TURGOV", ActorCodes.normalise(" TUR_GOV "));
        assertEquals("", ActorCodes.normalise(null));
        assertEquals("", ActorCodes.normalise(" - "));
    }

    @Test void expandsToEveryPrefix() {
        assertEquals(List.of("TUR"), List.copyOf(ActorCodes.expand("TUR")));
        assertEquals(List.of("TUR", "TURGOV"), List.copyOf(ActorCodes.expand("TUR GOV")));
        assertEquals(List.of("SYR", "SYRREB", "SYRREBKUR"), List.copyOf(ActorCodes.expand("SYRREBKUR")));
        // an actor of unknown country is not filed under a country "---"
        assertEquals(Set.of("---GOV"), ActorCodes.expand("--- GOV"));
    }
}
