package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldReadingTest {
    static Path resource(String name) throws Exception {
        return Path.of(GoldReadingTest.class.getResource("/eval/" + name).toURI());
    }

    @Test
    void loadsGoldAndItsText() throws Exception {
        GoldReading gold = GoldReading.load(resource("tiny.reading.json"));
        assertEquals("tiny.fr.txt", gold.documentFile());
        assertEquals("2021-06-02", gold.published());
        assertEquals(resource("tiny.fr.txt"), gold.textFile().orElseThrow());
        assertTrue(gold.readText().contains("Borduria Presse"));
        assertEquals(1, gold.json().path("events").size());
        assertThrows(IllegalArgumentException.class, () -> GoldReading.of(Fx.json("[1]")));
    }

    @Test
    void scoresAProducedReadingEndToEnd() throws Exception {
        GoldReading gold = GoldReading.load(resource("tiny.reading.json"));
        JsonNode produced = GoldReading.readJson(resource("tiny.produced.json"));
        ScoreReport r = gold.score(produced, gold.readText());
        assertEquals(List.of(new EventPair("E1", "e1", true)), r.matched());
        assertEquals(List.of("e2"), r.falsePositiveEvents().stream().map(ExtraEvent::id).toList());
        // e2's evidence lies in the negated clause
        assertTrue(r.mustNot().get(0).violated());
        assertEquals(List.of("e2"), r.mustNot().get(0).producedIds());
        assertEquals(1, r.quotesRight());
        assertEquals(2, r.entitiesRight());
        assertFalse(r.passes(0.5));
    }

    /** The shared reference gold, scored against its own events, quotes and entities, must come out perfect. */
    @Test
    void referenceGoldScoresItselfPerfectly() throws Exception {
        Path file = org.diurna.Shared.file(org.diurna.Shared.REFERENCE_GOLD);
        GoldReading gold = GoldReading.load(file);
        org.diurna.Shared.file(org.diurna.Shared.REFERENCE_TEXT);
        ScoreReport r = gold.score(gold.json(), gold.readText());
        assertEquals(gold.json().path("events").size(), r.truePositives(), r.toText());
        assertEquals(0, r.falsePositives(), r.toText());
        assertTrue(r.mustNotViolated().isEmpty(), r.toText());
        assertEquals(r.quotesTotal(), r.quotesRight(), r.toText());
        assertEquals(r.entitiesTotal(), r.entitiesRight(), r.toText());
        assertEquals(List.of(), r.meets(Thresholds.reference()));
    }
}
