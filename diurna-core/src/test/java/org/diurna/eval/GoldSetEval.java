package org.diurna.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.diurna.Diurna;
import org.diurna.model.Article;
import org.diurna.pipeline.Document;
import org.diurna.reading.ReadingJson;
import org.junit.jupiter.api.Test;

/**
 * Diurna's own French gold set (written for the project: short cases covering bombing, protest, sanction, summit,
 * threat, denial, ceasefire, arrest, hypothesis, negation, ...; and whole dispatches), scored with the same rules as
 * the reference. Thresholds are the measured values less a margin: they fail when a change makes readings worse.
 */
class GoldSetEval {
    static final double MIN_F1 = Double.parseDouble(System.getProperty("diurna.gold.minF1", "0.66"));
    static final int MAX_MUST_NOT = Integer.getInteger("diurna.gold.maxMustNot", 3);

    @Test void goldSetScoresAboveTheFloor() throws Exception {
        int tp = 0, fp = 0, fn = 0, mustNot = 0;
        StringBuilder log = new StringBuilder();
        for (String dir : List.of("gold/sentences-fr", "gold/dispatches-fr")) {
            Path d = Path.of(getClass().getClassLoader().getResource(dir).toURI());
            try (Stream<Path> s = Files.list(d)) {
                for (Path g : s.filter(p -> p.toString().endsWith(".reading.json")).sorted().toList()) {
                    String name = g.getFileName().toString().replace(".reading.json", "");
                    String text = Files.readString(g.resolveSibling(name + ".txt"));
                    GoldReading gold = GoldReading.load(g);
                    Document doc = Diurna.read(new Article(name, text, LocalDate.parse(gold.published()), null, null,
                            null, null));
                    ScoreReport r = gold.score(ReadingJson.of(doc), text);
                    tp += r.truePositives();
                    fp += r.falsePositives();
                    fn += r.falseNegatives();
                    mustNot += r.mustNotViolated().size();
                    log.append(String.format("%-40s P %.2f R %.2f%n", name, r.precision(), r.recall()));
                }
            }
        }
        double p = tp / (double) Math.max(1, tp + fp);
        double rc = tp / (double) Math.max(1, tp + fn);
        double f1 = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
        String summary = String.format("gold set: TP %d FP %d FN %d  P %.3f R %.3f F1 %.3f  must-not violated %d",
                tp, fp, fn, p, rc, f1, mustNot);
        System.out.println(log + summary);
        assertTrue(f1 >= MIN_F1, summary + " (floor " + MIN_F1 + ")");
        assertTrue(mustNot <= MAX_MUST_NOT, summary + " (at most " + MAX_MUST_NOT + " must-not violations)");
    }
}
