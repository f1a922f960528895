package org.diurna.spark;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.diurna.ingest.TextInput;
import org.diurna.spark.internal.CorpusJob;
import org.diurna.spark.internal.FileTask;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The corpus job: the reading of {@code diurna ingest} over a corpus on Apache Spark, written as Parquet tables of
 * the store's schema. The main class for {@code spark-submit}, and {@code diurna cluster} on one machine.
 *
 * <pre>{@code
 * spark-submit --class org.diurna.spark.ReadCorpus --master yarn \
 *     --jars "$(ls diurna-spark/target/lib/*.jar | paste -sd,)" \
 *     diurna-spark/target/diurna-spark.jar 's3a://bucket/cc-news/2024/*.warc.gz' --out s3a://bucket/diurna/2024
 * }</pre>
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Reads a corpus on Apache Spark into Parquet tables (the database's schema, by month).",
                "The same inputs and the same reading as 'diurna ingest': the same articles, near-duplicate links",
                "and events, at any scale. Spark runs inside this process with --master 'local[N]' (the default",
                "uses every core); on a cluster, run the class org.diurna.spark.ReadCorpus with spark-submit",
                "(docs/cluster.md). Inputs may be local or on any Hadoop file system (hdfs://, s3a://...).",
                "Open the output with 'diurna serve --parquet DIR' or 'diurna events --parquet DIR'.",
                "Rejected inputs go to the 'problems' table and the job goes on; the exit code is then 1."})
public final class ReadCorpus implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, folders or globs, local or Hadoop URIs")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "output folder, local or a Hadoop URI; its tables are replaced")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: spark-submit's, else local[*]); 'local[2]' runs on 2 cores here")
    String master;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "read tasks (default: four per core or one per 20 files, whichever is more,"
                    + " at most one per file)")
    int partitions;

    @Option(names = "--stamp", paramLabel = "YYYY-MM-DDTHH:MM:SS",
            description = "time written as ingested_at/added_at (default: now, UTC); fix it for identical reruns")
    LocalDateTime stamp;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "publication date for inputs that carry none (plain text without sidecar)")
    LocalDate published;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + TextInput.DEFAULT_MAX_BYTES,
            description = "largest article read (default: ${DEFAULT-VALUE})")
    int maxBytes;

    @Option(names = "--fail-once-on", hidden = true, description = "test hook: fail a task's first attempt")
    String failOnceOn;

    /** For spark-submit. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ReadCorpus()).execute(args));
    }

    @Override public Integer call() {
        JobOptions o = new JobOptions(inputs, outputUri(out), partitions,
                stamp != null ? stamp : LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS),
                published, maxBytes, failOnceOn);
        SparkSession spark = session(master);
        try {
            JobSummary s = run(spark, o, true);
            System.out.printf("%d inputs: %d articles (%d near-duplicates), %d rejected; %d events, %d mentions;"
                            + " %.1f articles/s%n", s.inputs(), s.articles(), s.copies(), s.problems(), s.events(),
                    s.mentions(), s.articlesPerSecond());
            System.out.println("tables: " + o.out() + "   (open them: diurna serve --parquet " + out + ")");
            return s.problems() > 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on a session; {@code progress} shows a bar of the files read on standard error. */
    public static JobSummary run(SparkSession spark, JobOptions o, boolean progress) {
        CorpusJob job = new CorpusJob(spark, o);
        List<FileTask> files = job.inputs();
        if (!progress) return job.run(files, null);
        LongAccumulator read = spark.sparkContext().longAccumulator("files read");
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Read").setStyle(ProgressBarStyle.ASCII)
                .setInitialMax(files.size()).setUnit(" files", 1).showSpeed().continuousUpdate().build()) {
            Thread poll = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    bar.stepTo(read.value());
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "diurna-progress");
            poll.setDaemon(true);
            poll.start();
            try {
                return job.run(files, read);
            } finally {
                poll.interrupt();
                bar.stepTo(read.value());
            }
        }
    }

    /**
     * A session with the settings the job needs: UTC session time (timestamps are written without zone) and no web
     * UI in local mode (no port to take on an analyst's machine).
     */
    public static SparkSession session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("diurna")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.sources.partitionOverwriteMode", "static");
        boolean submitted = System.getProperty("spark.master") != null;
        String m = master != null ? master : submitted ? null : "local[*]";
        if (m != null) b = b.master(m);
        if (m != null && m.startsWith("local")) b = b.config("spark.ui.enabled", "false");
        return b.getOrCreate();
    }

    /** A local folder as an absolute file: URI (Spark would resolve it against the cluster's file system). */
    static String outputUri(String out) {
        if (out.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.*") || out.startsWith("file:")) return out;
        URI u = Path.of(out).toAbsolutePath().normalize().toUri();
        return u.toString().replaceAll("/$", "");
    }
}
