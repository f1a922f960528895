package org.diurna.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.diurna.Diurna;
import org.diurna.eval.GoldReading;
import org.diurna.eval.ScoreReport;
import org.diurna.model.Article;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.diurna.reading.ReadingJson;
import org.junit.jupiter.api.Test;

/**
 * Diurna's English gold set (short cases written for the project: shelling, protest, sanctions, summit, threat,
 * denial, ceasefire, arrest, hypothesis, negation, planned visit, "according to", ...), read by the real pipeline
 * and scored with the rules of the reference. The floors are the measured values less a margin: they fail when a
 * change makes English readings worse, and fail outright when English yields no events (missing data files, or
 * Penn tags the extractor does not read).
 */
class EnglishEventsIT {
    static final double MIN_F1 = Double.parseDouble(System.getProperty("diurna.gold.en.minF1", "0.70"));
    static final int MAX_MUST_NOT = Integer.getInteger("diurna.gold.en.maxMustNot", 1);

    @Test void englishGoldSetScoresAboveTheFloor() throws Exception {
        int tp = 0, fp = 0, fn = 0, mustNot = 0, cases = 0;
        StringBuilder log = new StringBuilder();
        Path d = Path.of(getClass().getClassLoader().getResource("gold/sentences-en").toURI());
        List<Path> golds;
        try (Stream<Path> s = Files.list(d)) {
            golds = s.filter(p -> p.toString().endsWith(".reading.json")).sorted().toList();
        }
        assertTrue(golds.size() >= 12, "English gold cases: " + golds.size());
        for (Path g : golds) {
            String name = g.getFileName().toString().replace(".reading.json", "");
            GoldReading gold = GoldReading.load(g);
            String text = gold.readText();
            Document doc = Diurna.read(new Article(name, text, LocalDate.parse(gold.published()), null, null, null,
                    null));
            assertEquals("en", doc.get(Layers.LANGUAGE), name + " is read as English");
            ScoreReport r = gold.score(ReadingJson.of(doc), text);
            tp += r.truePositives();
            fp += r.falsePositives();
            fn += r.falseNegatives();
            mustNot += r.mustNotViolated().size();
            cases++;
            log.append(String.format("%-36s P %.2f R %.2f  TP %d FP %d FN %d%s%n", name, r.precision(), r.recall(),
                    r.truePositives(), r.falsePositives(), r.falseNegatives(),
                    r.mustNotViolated().isEmpty() ? "" : "  must-not violated " + r.mustNotViolated().size()));
            if (r.f1() < 1.0 || !r.mustNotViolated().isEmpty()) log.append(r.toText().replaceAll("(?m)^", "    ")).append('\n');
        }
        double p = tp / (double) Math.max(1, tp + fp);
        double rc = tp / (double) Math.max(1, tp + fn);
        double f1 = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
        String summary = String.format("English gold set (%d cases): TP %d FP %d FN %d  P %.3f R %.3f F1 %.3f"
                + "  must-not violated %d", cases, tp, fp, fn, p, rc, f1, mustNot);
        System.out.println(log + summary);
        assertTrue(tp > 0, "English yields no event at all: " + summary);
        assertTrue(f1 >= MIN_F1, summary + " (floor " + MIN_F1 + ")");
        assertTrue(mustNot <= MAX_MUST_NOT, summary + " (at most " + MAX_MUST_NOT + " must-not violations)");
    }
}
