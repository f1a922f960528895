package org.diurna.time.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diurna.model.Timex;
import org.junit.jupiter.api.Test;

class TimexScorerTest {
    private static Timex t(int start, int end, String value) {
        return new Timex(start, end, "x".repeat(end - start), "DATE", value, "test");
    }

    @Test void strictRelaxedAndValue() {
        // gold: [0,5) 2016-12-01, [10,19) 2016-11-29, [30,40) PXD
        List<Timex> gold = List.of(t(0, 5, "2016-12-01"), t(10, 19, "2016-11-29"), t(30, 40, "PXD"));
        // system: exact span + right value; overlapping span + right value; overlapping span, wrong value; spurious
        List<Timex> sys = List.of(t(0, 5, "2016-12-01"), t(7, 19, "2016-11-29"), t(35, 40, "P3D"), t(50, 55, "2016"));
        TimexScorer s = new TimexScorer();
        s.add(gold, sys);
        TimeEvalReport.Scores r = s.scores();
        // strict: 1 of 4 system, 1 of 3 gold -> P 1/4, R 1/3
        assertEquals(2 * (0.25 * (1 / 3.0)) / (0.25 + 1 / 3.0), r.strictF1(), 1e-9);
        // relaxed: 3 of 4, 3 of 3
        assertEquals(2 * 0.75 * 1.0 / 1.75, r.relaxedF1(), 1e-9);
        // value: 2 of 4 system, 2 of 3 gold
        assertEquals(0.5, r.valuePrecision(), 1e-9);
        assertEquals(2 / 3.0, r.valueRecall(), 1e-9);
        assertEquals(2 * 0.5 * (2 / 3.0) / (0.5 + 2 / 3.0), r.valueF1(), 1e-9);
        assertEquals(3, r.gold());
        assertEquals(4, r.system());
    }

    @Test void valuesCompareWithoutCaseOrBlanks() {
        TimexScorer s = new TimexScorer();
        s.add(List.of(t(0, 4, "2016-su")), List.of(t(0, 4, " 2016-SU")));
        assertEquals(1.0, s.scores().valueF1(), 1e-9);
    }

    @Test void microAveragedOverDocuments() {
        TimexScorer s = new TimexScorer();
        s.add(List.of(t(0, 4, "A")), List.of(t(0, 4, "A")));
        s.add(List.of(t(0, 4, "B"), t(5, 9, "C")), List.of());
        TimeEvalReport.Scores r = s.scores();
        assertEquals(1.0, r.valuePrecision(), 1e-9);
        assertEquals(1 / 3.0, r.valueRecall(), 1e-9);
    }

    @Test void nothingFoundScoresZero() {
        TimexScorer s = new TimexScorer();
        s.add(List.of(t(0, 4, "A")), List.of());
        assertEquals(0.0, s.scores().valueF1());
        assertEquals(0.0, s.scores().strictF1());
    }

    @Test void reportJsonAndText() {
        TimexScorer a = new TimexScorer();
        a.add(List.of(t(0, 4, "A"), t(5, 9, "B")), List.of(t(0, 4, "A"), t(5, 9, "B")));
        TimexScorer b = new TimexScorer();
        b.add(List.of(t(0, 4, "A"), t(5, 9, "B")), List.of(t(0, 4, "A")));
        TimeEvalReport r = new TimeEvalReport(a.scores(), b.scores(), 1);
        String json = r.toJson();
        assertTrue(json.startsWith("{\"diurna\": {\"strict_f1\": 1.0000, \"relaxed_f1\": 1.0000, \"value_f1\": 1.0000"), json);
        assertTrue(json.contains("\"heideltime\": {\"strict_f1\": 0.6667, \"relaxed_f1\": 0.6667, \"value_f1\": 0.6667"), json);
        String text = r.toText();
        assertTrue(text.contains("Diurna") && text.contains("HeidelTime"), text);
        assertTrue(text.contains("+33.3"), "the difference in points: " + text);
    }
}
