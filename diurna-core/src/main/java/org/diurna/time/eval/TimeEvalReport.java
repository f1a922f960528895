package org.diurna.time.eval;

import java.util.Locale;

/**
 * Result of scoring Diurna's temporal tagger and plain HeidelTime on the same corpus and the same CoreNLP tokens.
 *
 * @param diurna     Diurna's {@link org.diurna.time.TemporalTagger} (HeidelTime plus Diurna's rules)
 * @param heidelTime HeidelTime 2.1 alone
 * @param documents  number of articles read
 */
public record TimeEvalReport(Scores diurna, Scores heidelTime, int documents) {

    /**
     * Micro-averaged TempEval scores of one system.
     *
     * @param strictF1         span F1, spans equal
     * @param relaxedF1        span F1, spans overlapping
     * @param valueF1          F1 of expressions whose span overlaps a gold one with an equal value
     * @param valuePrecision   correct-value system expressions / system expressions
     * @param valueRecall      gold expressions found with the right value / gold expressions
     * @param relaxedPrecision overlapping system expressions / system expressions
     * @param relaxedRecall    overlapped gold expressions / gold expressions
     * @param gold             gold expressions
     * @param system           system expressions
     * @param goldFound        gold expressions overlapped by a system one
     * @param goldValued       gold expressions overlapped by a system one with the same value
     */
    public record Scores(double strictF1, double relaxedF1, double valueF1, double valuePrecision, double valueRecall,
                         double relaxedPrecision, double relaxedRecall, int gold, int system, int goldFound,
                         int goldValued) {

        String json() {
            return String.format(Locale.ROOT, "{\"strict_f1\": %.4f, \"relaxed_f1\": %.4f, \"value_f1\": %.4f, "
                            + "\"value_precision\": %.4f, \"value_recall\": %.4f, \"relaxed_precision\": %.4f, "
                            + "\"relaxed_recall\": %.4f, \"gold\": %d, \"system\": %d}",
                    strictF1, relaxedF1, valueF1, valuePrecision, valueRecall, relaxedPrecision, relaxedRecall,
                    gold, system);
        }
    }

    /** {@code {"diurna": {"strict_f1": .., "relaxed_f1": .., "value_f1": .., ...}, "heideltime": {...}, ...}}. */
    public String toJson() {
        return "{\"diurna\": " + diurna.json() + ", \"heideltime\": " + heidelTime.json()
                + ", \"documents\": " + documents + "}";
    }

    /** A table for a human: both systems and Diurna's gain in points. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "French TimeBank: %d documents, %d gold time expressions%n",
                documents, diurna.gold()));
        sb.append(String.format(Locale.ROOT, "%-12s %9s %10s %8s %8s %8s%n",
                "system", "strict F1", "relaxed F1", "value F1", "value P", "value R"));
        row(sb, "Diurna", diurna);
        row(sb, "HeidelTime", heidelTime);
        sb.append(String.format(Locale.ROOT, "%-12s %+9.1f %+10.1f %+8.1f %+8.1f %+8.1f  (points)%n", "difference",
                100 * (diurna.strictF1() - heidelTime.strictF1()), 100 * (diurna.relaxedF1() - heidelTime.relaxedF1()),
                100 * (diurna.valueF1() - heidelTime.valueF1()),
                100 * (diurna.valuePrecision() - heidelTime.valuePrecision()),
                100 * (diurna.valueRecall() - heidelTime.valueRecall())));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Scores s) {
        sb.append(String.format(Locale.ROOT, "%-12s %9.1f %10.1f %8.1f %8.1f %8.1f%n", name,
                100 * s.strictF1(), 100 * s.relaxedF1(), 100 * s.valueF1(), 100 * s.valuePrecision(),
                100 * s.valueRecall()));
    }
}
