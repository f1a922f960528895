package org.diurna.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diurna.eval.CameoScorer.Gold;
import org.diurna.eval.CameoScorer.Produced;
import org.junit.jupiter.api.Test;

/** The CAMEO/PLOVER sentence scorer of {@code diurna eval-cameo}. */
class CameoScorerTest {
    @Test void actorCodesGiveTheirCountryUnlessTheyNameNone() {
        assertEquals("USA", CameoScorer.country("USAGOV"));
        assertEquals("HUN", CameoScorer.country("HUN"));
        assertNull(CameoScorer.country("IGOUNO"));
        assertNull(CameoScorer.country(null));
    }

    @Test void aCameoCodeMatchesByRootAndAPloverTypeByItsTodaysName() {
        assertTrue(CameoScorer.typeMatches(new Gold("USA", "CHN", "042", null),
                new Produced("CONSULT", "04", "USA", "CHN", false)));
        assertTrue(CameoScorer.typeMatches(new Gold("USA", null, null, "DEMAND"),
                new Produced("REQUEST", "10", "USA", null, false)));
        assertFalse(CameoScorer.typeMatches(new Gold("USA", "CHN", "173", null),
                new Produced("ACCUSE", "11", "USA", "CHN", false)));
    }

    @Test void aRecordWithoutTargetMatchesOnItsSourceAndMutualEventsEitherOrder() {
        assertTrue(CameoScorer.dyadMatches(new Gold("HUN", null, null, "AGREE"),
                new Produced("AGREE", "05", "HUN", "ROU", true)));
        assertTrue(CameoScorer.dyadMatches(new Gold("ROU", null, null, "AGREE"),
                new Produced("AGREE", "05", "HUN", "ROU", true)));
        assertFalse(CameoScorer.dyadMatches(new Gold("USAGOV", "RUSGOV", "112", null),
                new Produced("ACCUSE", "11", "RUS", "USA", false)));
    }

    @Test void aMutualEventIsOneEventForEachSideAndEachIsMatchedOnce() {
        List<Gold> gold = List.of(new Gold("HUN", null, null, "AGREE"), new Gold("ROU", null, null, "AGREE"));
        CameoScorer.Sentence s = CameoScorer.score(gold, List.of(new Produced("AGREE", "05", "HUN", "ROU", true)));
        assertEquals(2, s.dyad().matched());
        assertEquals(2, s.dyad().produced());
        assertEquals(List.of(), s.missKinds());
        // one directed event serves one gold event only
        CameoScorer.Sentence one = CameoScorer.score(gold, List.of(new Produced("AGREE", "05", "HUN", "ROU", false)));
        assertEquals(1, one.dyad().matched());
        assertEquals(0.5, one.dyad().recall());
        assertEquals(List.of("wrong dyad"), one.missKinds(), "the one produced event is taken by the first");
        assertEquals(List.of("no event", "no event"), CameoScorer.score(gold, List.of()).missKinds());
    }

    @Test void plover05TypesAndCameoCountryCodesAreReadAsToday() {
        assertTrue(CameoScorer.typeMatches(new Gold("SYR", null, null, "FIGHT"),
                new Produced("ASSAULT", "19", "SYR", null, false)));
        assertTrue(CameoScorer.typeMatches(new Gold("USA", null, null, "INVESTIGATE"),
                new Produced("ACCUSE", "09", "USA", null, false)));
        assertEquals("JPN", CameoScorer.country("JAP"));
        assertEquals("ITA", CameoScorer.country("ITLGOV"));
    }
}
