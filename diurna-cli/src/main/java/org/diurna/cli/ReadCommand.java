package org.diurna.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.diurna.Diurna;
import org.diurna.ingest.IngestOptions;
import org.diurna.ingest.Input;
import org.diurna.model.Problem;
import org.diurna.pipeline.Document;
import org.diurna.reading.ReadingJson;
import org.diurna.reading.Report;
import org.diurna.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diurna read}: the reading of one or more articles, as a report or as JSON. */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Reads articles: events, quotes, figures and entities, with evidence.",
                "For each article: its events (WHO → WHAT → WHOM, WHEN, WHERE, according to whom), quotes with speakers, figures and entities, every one with its evidence.",
                "Reads what 'diurna ingest' reads, as it reads it: plain UTF-8 (or UTF-16 with a byte order mark) "
                        + "text with an optional NAME.json sidecar (published/title/url/outlet), an HTML page (its "
                        + "article text, without the page around it), JSON/JSONL, RSS/Atom feeds and WARC files (each "
                        + "article in them), any of these gzipped, folders and globs.",
                "An input that cannot be read (empty, binary, not UTF-8, too large, not French or English, a WARC "
                        + "cut short) is reported on stderr and the others are still read; the exit code is then 1.",
                "Every reading is bounded: a text over 200,000 characters is refused, a reading still running after "
                        + "120 s is stopped, a sentence over 250 tokens and a run of more than 200 characters without "
                        + "a space are left out; each is said on stderr (and in the JSON's \"problems\"), exit code 1."})
final class ReadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files, folders or globs to read; '-' reads "
            + "standard input (a WARC, a feed or an HTML page is told by its first bytes, else plain text)")
    List<String> files;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "publication date of the articles that carry none (a sidecar's or a page's date wins): "
                    + "relative dates ('mercredi', 'la veille') are resolved against it; without any, they stay "
                    + "unresolved")
    LocalDate published;

    @Option(names = "--json", description = "print the reading as JSON (READING-FORMAT.md); one line per article "
            + "when several are read")
    boolean json;

    @Option(names = "--no-color", description = "no colour even on a terminal")
    boolean noColor;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + org.diurna.ingest.TextInput.DEFAULT_MAX_BYTES,
            description = "largest input read as one article (default: ${DEFAULT-VALUE})")
    int maxBytes;

    @Override public Integer call() throws JsonProcessingException {
        PrintStream out = System.out;
        boolean color = !noColor && !json && System.console() != null && System.getenv("NO_COLOR") == null;
        int inputs = 0;
        int rejected = 0;
        try (Stream<Input> stream = Inputs.open(files, new IngestOptions(published, maxBytes))) {
            Iterator<Input> it = stream.iterator();
            while (it.hasNext()) {
                Input in = it.next();
                // the next input is read ahead (files only, no reading) to know whether this one is alone
                boolean several = ++inputs > 1 || it.hasNext();
                Problem p = in.problem();
                Document doc = null;
                if (p == null) {
                    doc = Diurna.read(in.article());
                    p = doc.rejection();
                }
                if (p != null) {
                    System.err.println("diurna: " + Printable.of(p.where() + ": " + p.detail()) + " [" + p.code()
                            + "]");
                    rejected++;
                    continue;
                }
                // read, but not all of it: the parts left out are said, and the exit code says so
                for (Problem w : doc.problems()) {
                    System.err.println("diurna: " + Printable.of(w.where() + ": " + w.detail()) + " [" + w.code()
                            + "]");
                }
                if (!doc.problems().isEmpty()) rejected++;
                if (json) {
                    var w = several ? ReadingJson.MAPPER.writer() : ReadingJson.MAPPER.writer(SerializationFeature
                            .INDENT_OUTPUT);
                    out.println(w.writeValueAsString(ReadingJson.of(doc)));
                } else {
                    String name = "── " + Printable.of(in.source());
                    if (several) out.println(color ? "\u001b[2m" + name + "\u001b[0m" : name);
                    out.print(Report.of(doc, color));
                    if (several) out.println();
                }
            }
        }
        if (inputs == 0) {
            System.err.println("diurna: nothing to read in " + Printable.of(String.join(" ", files))
                    + " (sidecars and *.reading.json are not articles)");
            return Main.REJECTED;
        }
        if (rejected > 0 && inputs > 1) {
            System.err.println("diurna: " + rejected + " of " + inputs + " inputs rejected");
        }
        return rejected > 0 ? Main.REJECTED : 0;
    }
}
