package org.diurna.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.diurna.corpus.IngestSummary;
import org.diurna.corpus.Ingester;
import org.diurna.ingest.IngestOptions;
import org.diurna.ingest.TextInput;
import org.diurna.search.SearchIndex;
import org.diurna.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diurna ingest}: reads a corpus into the event database. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads a corpus into the event database, deduplicated.",
                "Folders (recursively), files and globs, in any of the",
                "formats Diurna reads (plain text with an optional NAME.json sidecar, JSONL, HTML pages, RSS/Atom,",
                "WARC/WARC.gz, and .gz of these). Exact copies are skipped, near-copies linked to their first copy,",
                "the same event told by many articles stored once with all its mentions.",
                "Inputs that cannot be read are recorded in the 'problems' table and the run goes on; the exit code is",
                "then 1. Ingesting the same input again adds nothing; an interrupted run can simply be started again."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders or globs ('corpus/**/*.warc.gz')")
    List<String> paths;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "diurna-data",
            description = "database directory (created if needed; default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--threads", paramLabel = "N", description = "reading threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "publication date for inputs that carry none (plain text without sidecar)")
    LocalDate published;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + TextInput.DEFAULT_MAX_BYTES,
            description = "largest article read (default: ${DEFAULT-VALUE})")
    int maxBytes;

    @Override public Integer call() throws Exception {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        IngestSummary sum;
        try (EventStore store = EventStore.open(db); SearchIndex index = SearchIndex.open(db.resolve("lucene"));
             ProgressBar bar = new ProgressBarBuilder().setTaskName("Ingest").setStyle(ProgressBarStyle.ASCII)
                     .setInitialMax(-1).setUnit(" art", 1).showSpeed().continuousUpdate().build()) {
            Ingester ingester = new Ingester(store, index);
            sum = ingester.ingest(paths, new IngestOptions(published, maxBytes), n, s -> {
                bar.stepTo(s.inputs());
                bar.setExtraMessage(String.format(" events %d · near-dup %d · known %d · rejected %d",
                        s.eventMentions(), s.nearDuplicates(), s.exact(), s.rejected()));
            });
        }
        System.out.printf("%d inputs: %d articles stored (%d near-duplicates), %d already known, %d rejected;"
                        + " %d event mentions; %.1f articles/s on %d threads%n", sum.inputs(), sum.stored(),
                sum.nearDuplicates(), sum.exact(), sum.rejected(), sum.eventMentions(), sum.articlesPerSecond(), n);
        System.out.println("database: " + db.toAbsolutePath() + (sum.rejected() > 0
                ? "   (see why inputs were rejected: diurna problems --db " + db + ")" : ""));
        return sum.rejected() > 0 ? Main.REJECTED : 0;
    }
}
