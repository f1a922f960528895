package org.diurna.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diurna.Diurna;
import org.diurna.Shared;
import org.diurna.model.Article;
import org.diurna.pipeline.Document;
import org.diurna.reading.ReadingJson;
import org.junit.jupiter.api.Test;

/**
 * The acceptance reading: the reference AFP dispatch against the analyst's gold reading. All 7 events with exact type,
 * dyad and date; no must-not violated; at most 1 extra event; all 5 quotes, 4 with the right speaker; 12 of 14
 * entities with the right actor or place.
 */
class ReferenceEval {
    @Test void referenceDispatchMeetsTheAcceptanceThresholds() throws Exception {
        GoldReading gold = GoldReading.load(Shared.file(Shared.REFERENCE_GOLD));
        String text = java.nio.file.Files.readString(Shared.file(Shared.REFERENCE_TEXT));
        Document doc = Diurna.read(new Article("ref", text, LocalDate.parse(gold.published()), null, null, null, null));
        ScoreReport r = gold.score(ReadingJson.of(doc), text);
        System.out.println(r.toText());
        List<String> unmet = r.meets(Thresholds.reference());
        assertTrue(unmet.isEmpty(), "unmet: " + unmet + "\n" + r.toText());
        assertEquals(7, r.truePositives());
        assertTrue(r.entitiesRight() >= 12, r.toText());
    }
}
