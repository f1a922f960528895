package org.diurna.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.diurna.Diurna;
import org.diurna.model.Problem;
import org.diurna.pipeline.Document;
import org.diurna.reading.ReadingJson;
import org.diurna.reading.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diurna read}: the reading of one or more articles, as a report or as JSON. */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Reads articles: events, quotes, figures and entities, with evidence.",
                "For each article: its events (WHO → WHAT → WHOM, WHEN, WHERE, according to whom), quotes with speakers, figures and entities, every one with its evidence.",
                "Plain UTF-8 text; a file NAME.json next to NAME.txt may give published/title/url/outlet.",
                "An input that cannot be read (empty, binary, not UTF-8, too large, not French or English) is",
                "reported on stderr and the others are still read; the exit code is then 1."})
final class ReadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "text files to read; '-' reads standard input")
    List<String> files;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "publication date: relative dates ('mercredi', 'la veille') are resolved against it; "
                    + "without it (and without a sidecar), they stay unresolved")
    LocalDate published;

    @Option(names = "--json", description = "print the reading as JSON (READING-FORMAT.md); one line per article "
            + "when several are read")
    boolean json;

    @Option(names = "--no-color", description = "no colour even on a terminal")
    boolean noColor;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + org.diurna.ingest.TextInput.DEFAULT_MAX_BYTES,
            description = "largest input read as one article (default: ${DEFAULT-VALUE})")
    int maxBytes;

    @Override public Integer call() {
        PrintStream out = System.out;
        boolean color = !noColor && !json && System.console() != null && System.getenv("NO_COLOR") == null;
        int rejected = 0;
        for (String f : files) {
            Inputs.Loaded in = Inputs.load(f, published, maxBytes);
            Problem p = in.problem();
            Document doc = null;
            if (p == null) {
                doc = Diurna.read(in.article());
                p = doc.rejection();
            }
            if (p != null) {
                System.err.println("diurna: " + p.where() + ": " + p.detail() + " [" + p.code() + "]");
                rejected++;
                continue;
            }
            // read, but not all of it: the parts left out are said, and the exit code says so
            for (Problem w : doc.problems()) {
                System.err.println("diurna: " + w.where() + ": " + w.detail() + " [" + w.code() + "]");
            }
            if (!doc.problems().isEmpty()) rejected++;
            if (json) {
                var w = files.size() == 1 ? ReadingJson.MAPPER.writer(SerializationFeature.INDENT_OUTPUT)
                        : ReadingJson.MAPPER.writer();
                try {
                    out.println(w.writeValueAsString(ReadingJson.of(doc)));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            } else {
                if (files.size() > 1) out.println((color ? "\u001b[2m" : "") + "── " + f + (color ? "\u001b[0m" : ""));
                out.print(Report.of(doc, color));
                if (files.size() > 1) out.println();
            }
        }
        if (rejected > 0 && files.size() > 1) {
            System.err.println("diurna: " + rejected + " of " + files.size() + " inputs rejected");
        }
        return rejected > 0 ? Main.REJECTED : 0;
    }
}
