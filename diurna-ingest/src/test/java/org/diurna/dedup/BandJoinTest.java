package org.diurna.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The static pieces a corpus job uses to find near-duplicates by joining on band keys: they must give the answers of
 * the in-memory index, pair for pair.
 */
class BandJoinTest {
    @Test void aJoinOnBandKeysFindsTheOriginalTheIndexFinds() {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<String> words = Texts.randomWords(random, 300);
            texts.add(String.join(" ", words));
            // a copy edited up to a similarity around the threshold, so that both answers occur
            texts.add(String.join(" ", Texts.editedUntil(words, 0.7 + 0.25 * random.nextDouble(), random)));
        }
        NearDuplicates index = new NearDuplicates();
        List<long[]> signatures = new ArrayList<>();
        int found = 0;
        for (int j = 0; j < texts.size(); j++) {
            long[] sig = index.signature(texts.get(j));
            Optional<Match> expected = index.checkAndAdd("t" + j, sig);
            String joined = null;
            int[] keys = NearDuplicates.bandKeys(sig);
            for (int i = 0; i < j && joined == null; i++) {
                int[] other = NearDuplicates.bandKeys(signatures.get(i));
                boolean shareBand = false;
                for (int b = 0; b < keys.length; b++) shareBand |= keys[b] == other[b];
                if (shareBand && NearDuplicates.agreements(signatures.get(i), sig) >= index.minAgreements()) {
                    joined = "t" + i;
                }
            }
            signatures.add(sig);
            assertEquals(expected.map(Match::firstId).orElse(null), joined, "text " + j);
            if (joined != null) found++;
        }
        assertTrue(found >= 5 && found < 40, "both answers are exercised: " + found + " copies found");
    }
}
