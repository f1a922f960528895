package org.diurna.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.diurna.Diurna;
import org.diurna.eval.GoldReading;
import org.diurna.eval.ScoreReport;
import org.diurna.model.Article;
import org.diurna.pipeline.Document;
import org.diurna.reading.ReadingJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diurna eval}: scores Diurna's reading of a text against a gold reading. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores Diurna's reading of a text against a gold reading.",
                "Reads TEXT and scores the reading against GOLD (a *.reading.json like those of",
                "shared/reference), by the rules of its 'scoring' section: events (precision, recall, F1),",
                "must-not checks, quotes with speakers, entities with actors.",
                "Exit code 1 when --min-f1 is given and not met, or a must-not check fails."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD", description = "gold reading (JSON)")
    Path gold;

    @Parameters(index = "1", paramLabel = "TEXT", description = "the article text the gold reading describes")
    Path text;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "publication date (default: the gold's document.published)")
    LocalDate published;

    @Option(names = "--min-f1", paramLabel = "F1", description = "fail (exit 1) below this event F1 (0..1)")
    Double minF1;

    @Option(names = "--json", description = "print the score report as JSON")
    boolean json;

    @Override public Integer call() throws Exception {
        GoldReading g = GoldReading.load(gold);
        Inputs.Loaded in = Inputs.load(text.toString(), null, org.diurna.ingest.TextInput.DEFAULT_MAX_BYTES);
        if (in.problem() != null) {
            System.err.println("diurna: " + in.problem());
            return Main.REJECTED;
        }
        LocalDate date = published != null ? published
                : g.published() != null ? LocalDate.parse(g.published()) : in.article().published();
        Article a = in.article();
        Document doc = Diurna.read(new Article(a.id(), a.text(), date, a.title(), a.url(), a.outlet(), null));
        if (doc.rejected()) {
            System.err.println("diurna: " + doc.rejection());
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
