package org.diurna.time.eval;

import java.util.List;
import java.util.Locale;
import org.diurna.model.Timex;

/**
 * Scores system time expressions against gold ones the TempEval way, micro-averaged over the documents added:
 * strict span (equal spans), relaxed span (overlapping spans) and value (overlapping span and equal normalised value).
 * Precision counts system expressions that match some gold one, recall gold expressions matched by some system one.
 *
 * <p>Not thread-safe: one tally per system and run.
 */
public final class TimexScorer {
    private int gold;
    private int system;
    private int strictSys;
    private int strictGold;
    private int relaxedSys;
    private int relaxedGold;
    private int valueSys;
    private int valueGold;

    /** Adds one document: its gold expressions and what the system found, offsets into the same text. */
    public void add(List<Timex> goldTimexes, List<Timex> systemTimexes) {
        gold += goldTimexes.size();
        system += systemTimexes.size();
        for (Timex s : systemTimexes) {
            if (goldTimexes.stream().anyMatch(g -> sameSpan(g, s))) strictSys++;
            if (goldTimexes.stream().anyMatch(g -> overlaps(g, s))) relaxedSys++;
            if (goldTimexes.stream().anyMatch(g -> overlaps(g, s) && sameValue(g, s))) valueSys++;
        }
        for (Timex g : goldTimexes) {
            if (systemTimexes.stream().anyMatch(s -> sameSpan(g, s))) strictGold++;
            if (systemTimexes.stream().anyMatch(s -> overlaps(g, s))) relaxedGold++;
            if (systemTimexes.stream().anyMatch(s -> overlaps(g, s) && sameValue(g, s))) valueGold++;
        }
    }

    public TimeEvalReport.Scores scores() {
        return new TimeEvalReport.Scores(
                f1(strictSys, system, strictGold, gold),
                f1(relaxedSys, system, relaxedGold, gold),
                f1(valueSys, system, valueGold, gold),
                ratio(valueSys, system), ratio(valueGold, gold),
                ratio(relaxedSys, system), ratio(relaxedGold, gold),
                gold, system, relaxedGold, valueGold);
    }

    static boolean sameSpan(Timex a, Timex b) { return a.start() == b.start() && a.end() == b.end(); }

    static boolean overlaps(Timex a, Timex b) { return a.start() < b.end() && b.start() < a.end(); }

    static boolean sameValue(Timex a, Timex b) { return normalise(a.value()).equals(normalise(b.value())); }

    /** Values compare case-insensitively and without blanks; nothing else is forgiven. */
    static String normalise(String value) {
        return value == null ? "" : value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static double ratio(int n, int d) { return d == 0 ? 0 : (double) n / d; }

    private static double f1(int sysMatched, int sys, int goldMatched, int gold) {
        double p = ratio(sysMatched, sys);
        double r = ratio(goldMatched, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
