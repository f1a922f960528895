package org.diurna.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHasherTest {
    @Test void sameTextAndParametersGiveTheSameSignature() {
        long[] a = new MinHasher().signature(WireStory.ORIGINAL);
        long[] b = new MinHasher(128, 5, MinHasher.DEFAULT_SEED).signature(WireStory.ORIGINAL);
        assertEquals(128, a.length);
        assertArrayEquals(a, b);
        assertNotEquals(a[0], new MinHasher(128, 5, 42).signature(WireStory.ORIGINAL)[0]);
        assertNotEquals(a[0], new MinHasher(128, 4, MinHasher.DEFAULT_SEED).signature(WireStory.ORIGINAL)[0]);
    }

    /** Values computed once; a change here means every stored signature must be recomputed (a new SCHEME). */
    @Test void signaturesAreStableAcrossRuns() {
        long[] s = new MinHasher().signature("Les dockers du Grand Port maritime de Marseille ont entamé une grève.");
        assertEquals(GOLDEN_0, s[0]);
        assertEquals(GOLDEN_127, s[127]);
    }

    private static final long GOLDEN_0 = -6952176921329660643L;
    private static final long GOLDEN_127 = -9104730565693245264L;

    @Test void shortAndEmptyTextsStillGetUsableSignatures() {
        MinHasher h = new MinHasher();
        long[] greve = h.signature("Grève.");
        assertEquals(1.0, MinHasher.similarity(greve, h.signature("GREVE !")));
        assertTrue(MinHasher.similarity(greve, h.signature("Grève générale.")) < 0.1);
        long[] empty = h.signature("");
        assertEquals(1.0, MinHasher.similarity(empty, h.signature(" … ")));
        assertTrue(MinHasher.similarity(empty, greve) < 0.1);
        for (long[] sig : List.of(greve, empty)) for (long v : sig) assertNotEquals(Long.MAX_VALUE, v);
    }

    @Test void estimatesTheJaccardSimilarity() {
        Random random = new Random(7);
        MinHasher h = new MinHasher();
        double sumError = 0;
        double maxError = 0;
        for (int i = 0; i < 200; i++) {
            List<String> words = Texts.randomWords(random, 200);
            String a = String.join(" ", words);
            String b = String.join(" ", Texts.editedUntil(words, 0.2 + 0.7 * random.nextDouble(), random));
            double error = Math.abs(MinHasher.similarity(h.signature(a), h.signature(b)) - Texts.jaccard(a, b));
            sumError += error;
            maxError = Math.max(maxError, error);
        }
        // With 128 hashes the estimate's standard deviation is at most 0.044 (at 0.5).
        assertTrue(sumError / 200 < 0.04, "mean error " + sumError / 200);
        assertTrue(maxError < 0.16, "max error " + maxError);
    }

    @Test void similarityNeedsSignaturesOfOneLength() {
        assertThrows(IllegalArgumentException.class, () -> MinHasher.similarity(new long[3], new long[4]));
        assertEquals(0.5, MinHasher.similarity(new long[] {1, 2}, new long[] {1, 3}));
    }
}
