package org.diurna.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LshIndexTest {
    private static final MinHasher HASHER =
            new MinHasher(NearDuplicates.NUM_HASHES, Shingles.DEFAULT_SIZE, MinHasher.DEFAULT_SEED);

    @Test void findsPairsNearPointEightFive() {
        Random random = new Random(11);
        LshIndex index = new LshIndex(NearDuplicates.BANDS, NearDuplicates.ROWS);
        List<String> copies = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < 200; i++) {
            List<String> words = Texts.randomWords(random, 300);
            String original = String.join(" ", words);
            String copy = String.join(" ", Texts.editedUntil(words, 0.87, random));
            sum += Texts.jaccard(original, copy);
            index.add("doc" + i, HASHER.signature(original));
            copies.add(copy);
        }
        int found = 0;
        for (int i = 0; i < 200; i++) {
            if (index.candidates(HASHER.signature(copies.get(i))).contains("doc" + i)) found++;
        }
        double meanJaccard = sum / 200;
        assertTrue(meanJaccard > 0.83 && meanJaccard <= 0.87, "mean Jaccard " + meanJaccard);
        assertTrue(found >= 196, "recall " + found + "/200 at Jaccard " + meanJaccard);
    }

    @Test void dissimilarPairsSeldomBecomeCandidates() {
        Random random = new Random(13);
        int candidates = 0;
        for (int i = 0; i < 200; i++) {
            LshIndex index = new LshIndex(NearDuplicates.BANDS, NearDuplicates.ROWS);
            List<String> words = Texts.randomWords(random, 300);
            index.add("a", HASHER.signature(String.join(" ", words)));
            String far = String.join(" ", Texts.editedUntil(words, 0.3, random));
            if (!index.candidates(HASHER.signature(far)).isEmpty()) candidates++;
        }
        // 1 - (1 - 0.3^7)^20 = 0.44 %: expect about 1 in 200.
        assertTrue(candidates <= 8, candidates + "/200 pairs at Jaccard 0.3 became candidates");
    }

    @Test void candidatesComeInInsertionOrder() {
        LshIndex index = new LshIndex(NearDuplicates.BANDS, NearDuplicates.ROWS);
        long[] sig = HASHER.signature(WireStory.ORIGINAL);
        for (String id : List.of("z", "m", "a")) index.add(id, sig);
        index.add("other", HASHER.signature(WireStory.FOLLOW_UP));
        assertEquals(List.of("z", "m", "a"), new ArrayList<>(index.candidates(sig)));
        assertEquals(4, index.size());
    }

    @Test void manyEntriesStayRetrievable() {
        Random random = new Random(17);
        LshIndex index = new LshIndex(4, 2);
        List<long[]> sigs = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            long[] sig = new long[8];
            for (int j = 0; j < 8; j++) sig[j] = random.nextLong();
            sigs.add(sig);
            index.add(Integer.toString(i), sig);
        }
        for (int i = 0; i < 5000; i++) {
            assertEquals(List.of(Integer.toString(i)), new ArrayList<>(index.candidates(sigs.get(i))));
        }
    }

    @Test void rejectsWrongLengthsAndRepeatedIds() {
        LshIndex index = new LshIndex(2, 3);
        assertThrows(IllegalArgumentException.class, () -> index.add("a", new long[5]));
        index.add("a", new long[6]);
        assertThrows(IllegalArgumentException.class, () -> index.add("a", new long[6]));
        assertThrows(IllegalArgumentException.class, () -> index.candidates(new long[7]));
    }

    @Test void documentedProbabilities() {
        assertTrue(LshIndex.candidateProbability(0.8, NearDuplicates.BANDS, NearDuplicates.ROWS) >= 0.99);
        assertTrue(LshIndex.candidateProbability(0.5, NearDuplicates.BANDS, NearDuplicates.ROWS) < 0.15);
    }
}
