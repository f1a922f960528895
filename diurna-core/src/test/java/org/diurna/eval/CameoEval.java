package org.diurna.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.diurna.Shared;
import org.junit.jupiter.api.Test;

/**
 * English on the public yardsticks (development halves of ../shared/eval/cameo-en): PETRARCH-2's validation
 * sentences and PLOVER's gold records, scored as {@code diurna eval-cameo} scores them. The floors sit just under
 * what the reading measures today (issue 9's targets are 0.70 type + dyad on PETRARCH-2, 0.70 type and 0.55 type +
 * dyad on PLOVER): they stop the English reading from getting worse while it is being built up.
 */
class CameoEval {
    @Test void petrarchValidationSentences() throws Exception {
        CameoScorer.Total t = score("eval/cameo-en/petr2_gsr_validation.dev.jsonl");
        assertTrue(t.type().f1() >= 0.55, "type F1 " + t.type().f1());
        assertTrue(t.dyad().f1() >= 0.32, "type + dyad F1 " + t.dyad().f1());
    }

    @Test void ploverGoldRecords() throws Exception {
        CameoScorer.Total t = score("eval/cameo-en/plover_gsr_cameo.dev.jsonl");
        assertTrue(t.type().f1() >= 0.55, "type F1 " + t.type().f1());
        assertTrue(t.dyad().f1() >= 0.41, "type + dyad F1 " + t.dyad().f1());
    }

    private static CameoScorer.Total score(String relative) throws Exception {
        CameoScorer.Total t = CameoEvaluation.score(CameoEvaluation.lines(Shared.file(relative)), item -> { });
        System.out.printf(Locale.ROOT, "%s: type P %.3f R %.3f F1 %.3f; type + dyad P %.3f R %.3f F1 %.3f; missed %s%n",
                relative, t.type().precision(), t.type().recall(), t.type().f1(), t.dyad().precision(),
                t.dyad().recall(), t.dyad().f1(), t.misses());
        return t;
    }
}
