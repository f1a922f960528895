package org.diurna.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.diurna.eval.CameoEvaluation;
import org.diurna.eval.CameoScorer;
import org.diurna.reading.ReadingJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diurna eval-cameo}: English CAMEO/PLOVER gold sentences, scored at type and type + dyad. */
@Command(name = "eval-cameo", mixinStandardHelpOptions = true,
        description = {"Scores the reading on CAMEO/PLOVER gold sentences (one JSON object per line: id, text, date,",
                "events with source, target, cameo, plover), as ../shared/eval/cameo-en/ holds them.",
                "Prints precision, recall and F1 of the asserted events at the type level (PLOVER type, or CAMEO",
                "root) and at type + dyad (source and target countries), and the misses by kind.",
                "Exit code 1 when type + dyad F1 is under --min-f1."})
final class EvalCameoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "a .jsonl file of gold sentences")
    Path file;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Option(names = "--show-errors", description = "print each sentence whose events are not all right")
    boolean showErrors;

    @Option(names = "--min-f1", paramLabel = "F", defaultValue = "0",
            description = "least type + dyad F1 for exit code 0 (default: ${DEFAULT-VALUE})")
    double minF1;

    @Override public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            System.err.println("diurna: no file " + file.toAbsolutePath());
            return Main.REJECTED;
        }
        List<String> lines = CameoEvaluation.lines(file);
        CameoScorer.Total total;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Read").setStyle(ProgressBarStyle.ASCII)
                .setInitialMax(lines.size()).setUnit(" sentences", 1).build()) {
            total = CameoEvaluation.score(lines, item -> {
                CameoScorer.Sentence s = item.score();
                if (showErrors && s.dyad().matched() < Math.max(item.events().size(), item.produced().size())) {
                    System.out.printf("%n%s  %s%n  gold     %s%n  produced %s%n  missed   %s%n",
                            item.gold().path("id").asText(), item.gold().path("text").asText(), item.events(),
                            item.produced(), s.missKinds());
                }
                bar.step();
            });
        }
        print(total);
        return total.dyad().f1() + 1e-9 < minF1 ? Main.REJECTED : 0;
    }

    private void print(CameoScorer.Total t) {
        if (json) {
            ObjectNode o = ReadingJson.MAPPER.createObjectNode();
            o.put("sentences", t.sentences());
            for (var level : List.of(List.of("type", t.type()), List.of("type_dyad", t.dyad()))) {
                CameoScorer.Counts c = (CameoScorer.Counts) level.get(1);
                ObjectNode l = o.putObject((String) level.get(0));
                l.put("precision", c.precision()).put("recall", c.recall()).put("f1", c.f1())
                        .put("matched", c.matched()).put("produced", c.produced()).put("gold", c.gold());
            }
            ObjectNode m = o.putObject("missed");
            t.misses().forEach(m::put);
            System.out.println(o.toPrettyString());
            return;
        }
        System.out.printf("%s: %d sentences, %d gold events, %d asserted events produced%n", file, t.sentences(),
                t.type().gold(), t.type().produced());
        System.out.printf("type          P %.3f  R %.3f  F1 %.3f%n", t.type().precision(), t.type().recall(),
                t.type().f1());
        System.out.printf("type + dyad   P %.3f  R %.3f  F1 %.3f%n", t.dyad().precision(), t.dyad().recall(),
                t.dyad().f1());
        System.out.println("missed at type + dyad: " + t.misses());
    }
}
