package org.diurna.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.diurna.Diurna;
import org.diurna.eval.GoldReading;
import org.diurna.eval.GoldSet;
import org.diurna.eval.ScoreReport;
import org.diurna.eval.SetReport;
import org.diurna.model.Article;
import org.diurna.pipeline.Document;
import org.diurna.reading.ReadingJson;
import org.diurna.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diurna eval}: scores Diurna's reading of one text, or of a whole gold set, against gold readings. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores Diurna's readings against gold readings: one article, or a whole set.",
                "",
                "GOLD is a *.reading.json (like those of ../shared/reference) or a folder of them. TEXT is the article "
                        + "(default: the gold's document.file next to it) or, for a folder, the folder of the texts, "
                        + "found by each gold's document.file, with their NAME.fr.json sidecars (publication date).",
                "",
                "Scored as ../shared/eval/tools/score_reading.py does: events strict (type + dyad + date) and type + "
                        + "dyad, micro-averaged over the set; must-not checks; quotes and their speakers; entities and "
                        + "their actors; and why each gold event was missed (no_trigger, wrong_type, wrong_factuality, "
                        + "wrong_source, wrong_target, wrong_date, taken) and each extra was produced (spurious, "
                        + "duplicate, miscoded, background).",
                "",
                "With --readings, a set is scored on readings made before (the output of diurna read --json, matched "
                        + "by document.id, the text's file name): another version of Diurna, or another system's "
                        + "output in the same format.",
                "",
                "Examples:",
                "  diurna eval ../shared/reference/afp-2016-11-30-alep.reading.json",
                "  diurna eval ../shared/eval/wikinews-fr/gold \\",
                "      ../shared/eval/wikinews-fr/articles --show-errors",
                "",
                "Exit code 1 when --min-f1 is given and not met (one article: or a must-not check fails)."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD", description = "a gold reading (JSON), or a folder of them")
    Path gold;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TEXT",
            description = "the article text, or the folder of the texts of a gold folder")
    Path text;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "one article: publication date (default: the gold's document.published)")
    LocalDate published;

    @Option(names = "--min-f1", paramLabel = "F1", description = "fail (exit 1) below this strict event F1 (0..1)")
    Double minF1;

    @Option(names = "--json", description = "print the score report as JSON")
    boolean json;

    @Option(names = "--show-errors", description = "a gold folder: print each imperfect article's gold and produced "
            + "events side by side, with their evidence and why they missed or are extra")
    boolean showErrors;

    @Option(names = "--readings", paramLabel = "FILE",
            description = "a gold folder: score these readings (JSON lines of diurna read --json) instead of reading "
                    + "the texts now")
    Path readings;

    @Override public Integer call() throws Exception {
        if (!Files.exists(gold)) {
            System.err.println("diurna: no such gold file or folder: " + gold);
            return Main.REJECTED;
        }
        return Files.isDirectory(gold) ? set() : one();
    }

    private int set() throws Exception {
        Path texts = text != null ? text : gold;
        if (!Files.isDirectory(texts)) {
            System.err.println("diurna: TEXT must be the folder of the texts when GOLD is a folder: " + texts);
            return Main.REJECTED;
        }
        List<GoldSet.Item> items = GoldSet.list(gold, texts);
        if (items.isEmpty()) {
            System.err.println("diurna: no *.reading.json in " + gold);
            return Main.REJECTED;
        }
        List<GoldSet.Item> missing = items.stream().filter(i -> i.text() == null).toList();
        if (!missing.isEmpty()) {
            missing.forEach(i -> System.err.println("diurna: " + Printable.of("no text in " + texts + " for "
                    + i.gold())));
            return Main.REJECTED;
        }
        SetReport r;
        if (readings != null) {
            java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> given;
            try {
                given = GoldSet.readings(readings);
            } catch (java.io.IOException e) {
                System.err.println("diurna: cannot read --readings " + readings + ": " + e.getMessage());
                return Main.REJECTED;
            }
            List<GoldSet.Item> absent = items.stream()
                    .filter(i -> !given.containsKey(i.text().getFileName().toString())).toList();
            // an article the other reading did not cover is scored as an empty reading, and said
            absent.forEach(i -> System.err.println("diurna: " + Printable.of("no reading in " + readings + " for "
                    + i.text().getFileName() + ": scored as empty")));
            r = GoldSet.scoreGiven(items, i -> given.getOrDefault(i.text().getFileName().toString(),
                    ReadingJson.MAPPER.createObjectNode().put("rejected", "no reading given")));
        } else {
            try (ProgressBar pb = new ProgressBarBuilder().setTaskName("eval").setInitialMax(items.size())
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(
                            System.err)).build()) {
                r = GoldSet.score(items, it -> pb.step());
            }
        }
        r.articles().stream().filter(a -> a.problem() != null)
                .forEach(a -> System.err.println("diurna: " + Printable.of(a.name() + " rejected: " + a.problem())));
        if (json) {
            System.out.println(ReadingJson.MAPPER.writer(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(r.toJson()));
        } else {
            System.out.print(r.toText(showErrors));
        }
        if (minF1 != null && r.f1() < minF1) {
            System.err.printf("diurna: strict event F1 %.3f below --min-f1 %.3f%n", r.f1(), minF1);
            return Main.REJECTED;
        }
        return 0;
    }

    private int one() throws Exception {
        GoldReading g = GoldReading.load(gold);
        Path t = text != null ? text : g.textFile().orElse(null);
        if (t == null) {
            System.err.println("diurna: give the TEXT: the gold names no document.file");
            return Main.REJECTED;
        }
        org.diurna.ingest.Input in = Inputs.first(t);
        if (!in.ok()) {
            System.err.println("diurna: " + Printable.of(in.problem().toString()));
            return Main.REJECTED;
        }
        LocalDate date = published != null ? published
                : !g.published().isEmpty() ? LocalDate.parse(g.published()) : in.article().published();
        Article a = in.article();
        Document doc = Diurna.read(new Article(a.id(), a.text(), date, a.title(), a.url(), a.outlet(), null));
        if (doc.rejected()) {
            System.err.println("diurna: " + Printable.of(doc.rejection().toString()));
            return Main.REJECTED;
        }
        ScoreReport r = g.score(ReadingJson.of(doc), a.text());
        if (json) {
            System.out.println(ReadingJson.MAPPER.writer(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(r.toJson()));
        } else {
            System.out.print(r.toText());
        }
        if (minF1 != null && !r.passes(minF1)) {
            System.err.printf("diurna: event F1 %.3f below --min-f1 %.3f, or a must-not check failed%n", r.f1(), minF1);
            return Main.REJECTED;
        }
        return 0;
    }
}
