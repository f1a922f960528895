package org.diurna.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Scores gold folders with the real pipeline and checks a report against floors, listing every unmet one. */
final class GoldSets {
    /** The floors a set's report must meet; measured values less a small margin. */
    record Floors(double strictF1, double dyadF1, double maxMustNotRate, double speakerRate, double entityRate) {}

    private GoldSets() {}

    static SetReport score(Path textDir, Path... goldDirs) throws Exception {
        List<ArticleScore> all = new ArrayList<>();
        for (Path g : goldDirs) {
            List<GoldSet.Item> items = GoldSet.list(g, textDir);
            for (GoldSet.Item it : items) assertTrue(it.text() != null, "no text for " + it.gold());
            all.addAll(GoldSet.score(items, it -> { }).articles());
        }
        return new SetReport(all);
    }

    static void check(String name, SetReport r, Floors f) {
        System.out.println("=== " + name + "\n" + r.toText(false));
        List<String> unmet = new ArrayList<>();
        if (r.f1() < f.strictF1()) unmet.add(fmt("strict event F1 %.3f < %.3f", r.f1(), f.strictF1()));
        if (r.dyadF1() < f.dyadF1()) unmet.add(fmt("type + dyad F1 %.3f < %.3f", r.dyadF1(), f.dyadF1()));
        if (r.mustNotRate() > f.maxMustNotRate()) {
            unmet.add(fmt("must-not violated %.3f > %.3f", r.mustNotRate(), f.maxMustNotRate()));
        }
        if (r.speakerRate() < f.speakerRate()) unmet.add(fmt("quote speakers right %.3f < %.3f", r.speakerRate(), f.speakerRate()));
        if (r.entityRate() < f.entityRate()) unmet.add(fmt("entity actors right %.3f < %.3f", r.entityRate(), f.entityRate()));
        assertTrue(unmet.isEmpty(), name + ": " + String.join("; ", unmet));
    }

    private static String fmt(String f, Object... a) {
        return String.format(Locale.ROOT, f, a);
    }
}
