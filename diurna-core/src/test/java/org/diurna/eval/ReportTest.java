package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.diurna.eval.Fx.ev;
import static org.diurna.eval.Fx.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTest {
    private static ScoreReport sample() {
        ObjectNode gold = events(ev("G1", "CONSULT", "FRA GOV", "DEU GOV", "2020-03-02"),
                ev("G2", "REQUEST", "DEU GOV", "FRA GOV", "2020-03-02"));
        gold.set("must_not", Fx.json("[{\"what\": \"no AFP\", \"checks\": [{\"kind\": \"no_actor\", \"name\": \"AFP\"}]}]"));
        gold.set("quotes", Fx.json("[{\"text\": \"tout va bien\", \"speaker_any\": [\"Martin\"]}]"));
        gold.set("entities", Fx.json("[{\"text\": \"Martin\", \"type\": \"PERSON\"}]"));
        ObjectNode afp = ev("p3", "ACCUSE", "FRA MED", "DEU GOV", "2020-03-02");
        ((ObjectNode) afp.get("source")).put("name", "AFP");
        ObjectNode produced = events(ev("p1", "CONSULT", "FRA GOV", "DEU GOV", "2020-03-02"),
                ev("p2", "REQUEST", "DEU GOV", "FRA GOV", "2020-03-01"), afp);
        produced.set("quotes", Fx.json("[{\"text\": \"tout va bien\", \"speaker\": {\"name\": \"Durand\"}}]"));
        return ReadingScorer.score(gold, produced, "");
    }

    @Test
    void textHasOneLinePerFailureThenTotals() {
        String[] lines = sample().toText().split("\n");
        assertTrue(lines[0].startsWith("MISSED G2 REQUEST DEU GOV -> FRA GOV 2020-03-02 [wrong_date]: closest p2: date 2020-03-01"),
                lines[0]);
        assertTrue(lines[1].startsWith("EXTRA p2 "), lines[1]);
        assertTrue(lines[2].startsWith("EXTRA p3 ACCUSE FRA MED -> DEU GOV"), lines[2]);
        assertTrue(lines[3].startsWith("MUST_NOT no AFP: no_actor 'AFP': p3"), lines[3]);
        assertTrue(lines[4].startsWith("QUOTE wrong speaker"), lines[4]);
        assertEquals("ENTITY Martin PERSON: not found", lines[5]);
        assertTrue(lines[6].startsWith("events: TP 1 FP 2 FN 1  P 0.333 R 0.500 F1 0.400"), lines[6]);
        assertTrue(lines[7].startsWith("type + dyad: TP 2 FP 1"), lines[7]);
        assertEquals(11, lines.length);
    }

    @Test
    void jsonCarriesTotalsAndDetails() {
        JsonNode j = sample().toJson();
        assertEquals(1, j.at("/events/tp").asInt());
        assertEquals(2, j.at("/events/fp").asInt());
        assertEquals(0.4, j.at("/events/f1").asDouble(), 1e-9);
        assertEquals("p2", j.at("/events/missed/0/closestId").asText());
        assertEquals("p3", j.at("/events/false_positives/1/id").asText());
        assertTrue(j.at("/must_not/items/0/violated").asBoolean());
        assertEquals(0, j.at("/quotes/right").asInt());
        assertEquals(1, j.at("/entities/total").asInt());
    }

    @Test
    void thresholdsListUnmetConditions() {
        List<String> unmet = sample().meets(Thresholds.reference());
        assertEquals(3, unmet.size(), unmet.toString());
        assertEquals("events: 1 gold event(s) missed (max 0): G2", unmet.get(0));
        assertEquals("events: 2 extra event(s) (max 1): p2, p3", unmet.get(1));
        assertTrue(unmet.get(2).startsWith("must_not: 1 violated"));
        assertEquals(List.of("quotes: right speaker for 0 of 1 (min 1)", "entities: right for 0 of 1 (min 1)"),
                sample().meets(new Thresholds(1, 2, 1, 0, 0, 0, 0.0)));
        assertTrue(sample().meets(new Thresholds(1, 2, 1, 0, 1, 1, 0.4)).isEmpty());
        assertEquals(List.of("events: F1 0.400 (min 0.500)"),
                sample().meets(new Thresholds(1, 2, 1, 0, 1, 1, 0.5)));
    }
}
