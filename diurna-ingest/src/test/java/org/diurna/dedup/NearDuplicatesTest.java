package org.diurna.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    @Test void partnerCopiesAreNearDuplicates() {
        NearDuplicates nd = new NearDuplicates();
        assertTrue(nd.checkAndAdd("afp-1", WireStory.ORIGINAL).isEmpty());
        for (Map.Entry<String, String> v : WireStory.variants().entrySet()) {
            Optional<Match> m = nd.check("copy", v.getValue());
            String why = v.getKey() + ": estimated " + m.map(Match::similarity).orElse(MinHasher.similarity(
                    nd.signature(WireStory.ORIGINAL), nd.signature(v.getValue())))
                    + ", exact " + Texts.jaccard(WireStory.ORIGINAL, v.getValue());
            assertTrue(m.isPresent(), why);
            assertEquals("afp-1", m.get().firstId(), why);
            assertTrue(m.get().similarity() >= 0.8, why);
        }
    }

    @Test void aCopyWithEveryChangeAtOnceFallsBelowTheThreshold() {
        NearDuplicates nd = new NearDuplicates();
        nd.add("afp-1", nd.signature(WireStory.ORIGINAL));
        String copy = WireStory.everythingChanged();
        double exact = Texts.jaccard(WireStory.ORIGINAL, copy);
        String why = "exact " + exact + ", estimated "
                + MinHasher.similarity(nd.signature(WireStory.ORIGINAL), nd.signature(copy));
        // A known limit of Jaccard on a 330-word dispatch: 40 words of frame, a new title and an edited sentence.
        assertTrue(exact > 0.6 && exact < 0.8, why);
        assertTrue(nd.check("copy", copy).isEmpty(), why);
    }

    @Test void anotherArticleOnTheSameStoryIsNot() {
        NearDuplicates nd = new NearDuplicates();
        nd.checkAndAdd("afp-1", WireStory.ORIGINAL);
        double estimated = MinHasher.similarity(nd.signature(WireStory.ORIGINAL), nd.signature(WireStory.FOLLOW_UP));
        double exact = Texts.jaccard(WireStory.ORIGINAL, WireStory.FOLLOW_UP);
        String why = "estimated " + estimated + ", exact " + exact;
        assertTrue(nd.check("afp-2", WireStory.FOLLOW_UP).isEmpty(), why);
        assertTrue(exact > 0 && exact < 0.2, why); // it does share phrases, but few
        assertTrue(estimated < 0.3, why);
    }

    @Test void theEarliestAddedMatchIsReported() {
        NearDuplicates nd = new NearDuplicates();
        String withFrame = WireStory.variants().get("header and footer");
        assertTrue(nd.checkAndAdd("b", withFrame).isEmpty());
        assertEquals("b", nd.checkAndAdd("a", WireStory.ORIGINAL).orElseThrow().firstId());
        assertEquals("b", nd.checkAndAdd("c", WireStory.BODY).orElseThrow().firstId());
        assertEquals("b", nd.check("d", WireStory.ORIGINAL).orElseThrow().firstId());
        // Checking an article again gives the answer it got when it was added: never itself, never a later one.
        assertTrue(nd.check("b", withFrame).isEmpty());
        assertEquals("b", nd.check("c", WireStory.BODY).orElseThrow().firstId());
        // Adding an id twice keeps the first.
        nd.add("b", nd.signature(WireStory.FOLLOW_UP));
        assertEquals(3, nd.size());
        assertEquals("b", nd.check("e", withFrame).orElseThrow().firstId());
    }

    @Test void identicalTextsMatchFully() {
        NearDuplicates nd = new NearDuplicates();
        nd.add("x", nd.signature(WireStory.ORIGINAL));
        assertEquals(new Match("x", 1.0), nd.check("y", WireStory.ORIGINAL.replace("\n", "\r\n")).orElseThrow());
    }

    @Test void signaturesSurviveBytesAndANewIndex() {
        NearDuplicates first = new NearDuplicates();
        Map<String, byte[]> stored = new LinkedHashMap<>();
        String[] texts = {WireStory.FOLLOW_UP, WireStory.ORIGINAL, "Une brève sans rapport."};
        for (int i = 0; i < texts.length; i++) {
            long[] sig = first.signature(texts[i]);
            byte[] bytes = NearDuplicates.toBytes(sig);
            assertEquals(NearDuplicates.NUM_HASHES * 8, bytes.length);
            assertArrayEquals(sig, NearDuplicates.fromBytes(bytes));
            first.checkAndAdd("run1-" + i, sig);
            stored.put("run1-" + i, bytes);
        }
        // A later run reloads what was stored, in order, then ingests a copy.
        NearDuplicates second = new NearDuplicates();
        stored.forEach((id, bytes) -> second.add(id, NearDuplicates.fromBytes(bytes)));
        String copy = WireStory.variants().get("partner copy: frame, straight quotes, reflowed");
        assertEquals(first.check("run2-0", copy), second.check("run2-0", copy));
        assertEquals("run1-1", second.checkAndAdd("run2-0", copy).orElseThrow().firstId());
        assertThrows(IllegalArgumentException.class, () -> NearDuplicates.fromBytes(new byte[9]));
        assertThrows(IllegalArgumentException.class, () -> second.add("z", new long[128]));
    }

    @Test void thresholdIsAnAgreementCount() {
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(0));
        assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(1.5));
        NearDuplicates nd = new NearDuplicates(0.8);
        long[] a = new long[NearDuplicates.NUM_HASHES];
        long[] b = new long[NearDuplicates.NUM_HASHES];
        for (int i = 0; i < a.length; i++) a[i] = b[i] = i;
        for (int i = 7; i < 35; i++) b[i] = -i; // 112 of 140 agree: 0.8; the first band (rows 0-6) stays whole
        nd.add("a", a);
        assertEquals(new Match("a", 0.8), nd.check("b", b).orElseThrow());
        b[36] = -100; // 111 of 140
        assertTrue(nd.check("b", b).isEmpty());
    }

    @Test void fourThreadsAddingTwoThousandArticles() throws Exception {
        NearDuplicates nd = new NearDuplicates();
        List<String> texts = new ArrayList<>();
        Random random = new Random(23);
        for (int i = 0; i < 2000; i++) texts.add(String.join(" ", Texts.randomWords(random, 40)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    int clean = 0;
                    for (int i = thread; i < texts.size(); i += 4) {
                        if (nd.checkAndAdd("doc" + i, texts.get(i)).isEmpty()) clean++;
                        // Others add meanwhile; this article's copy must still lead back to it.
                        if (nd.check("copy" + i, texts.get(i)).orElseThrow().firstId().equals("doc" + i)) clean++;
                    }
                    return clean;
                }));
            }
            int clean = 0;
            for (Future<Integer> f : results) clean += f.get(60, TimeUnit.SECONDS);
            assertEquals(4000, clean);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2000, nd.size());
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(new Match("doc" + i, 1.0), nd.check("again", texts.get(i)).orElseThrow());
        }
    }
}
