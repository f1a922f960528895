package org.diurna.eval;

/** Precision, recall and F1 from counts. */
public final class Rates {
    private Rates() {}

    /** TP / (TP + FP), 0 when nothing was produced. */
    public static double precision(int tp, int fp) {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    /** TP / gold, 1 when there is no gold. */
    public static double recall(int tp, int gold) {
        return gold == 0 ? 1.0 : (double) tp / gold;
    }

    /** Harmonic mean of precision and recall, 0 when both are 0. */
    public static double f1(int tp, int fp, int gold) {
        double p = precision(tp, fp);
        double r = recall(tp, gold);
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
