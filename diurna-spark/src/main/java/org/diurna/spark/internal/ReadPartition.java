package org.diurna.spark.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.diurna.Diurna;
import org.diurna.corpus.Ingester;
import org.diurna.dedup.NearDuplicates;
import org.diurna.ingest.IngestOptions;
import org.diurna.ingest.Input;
import org.diurna.ingest.internal.Readers;
import org.diurna.ingest.internal.Records;
import org.diurna.model.Event;
import org.diurna.model.Problem;
import org.diurna.pipeline.Document;
import org.diurna.spark.JobOptions;
import org.diurna.store.StoredArticle;
import org.diurna.store.internal.Facts;
import org.diurna.store.internal.TableValues;

/**
 * A read task: the files of one partition through the ingest's readers and the one reading pipeline
 * ({@link Diurna#read}, built once per executor JVM and shared by its task threads). A bad record, a rejected
 * reading or a defect on one article is an outcome with its problem, never a failed task.
 */
public final class ReadPartition implements FlatMapFunction<Iterator<FileTask>, ReadOutcome> {
    /** Faults injected by the test hook in this JVM, so that a test in local mode can see the retry happened. */
    private static final java.util.concurrent.atomic.AtomicInteger FAULTS =
            new java.util.concurrent.atomic.AtomicInteger();
    private final JobOptions opts;
    /** The driver's Hadoop settings (credentials of s3a and the like), which executors do not see by themselves. */
    private final java.util.Map<String, String> hadoop;

    public ReadPartition(JobOptions opts, java.util.Map<String, String> hadoop) {
        this.opts = opts;
        this.hadoop = new java.util.HashMap<>(hadoop);
    }

    @Override public Iterator<ReadOutcome> call(Iterator<FileTask> files) throws IOException {
        IngestOptions io = new IngestOptions(opts.published(), opts.maxBytes());
        NearDuplicates hasher = new NearDuplicates();
        List<ReadOutcome> out = new ArrayList<>();
        while (files.hasNext()) {
            FileTask f = files.next();
            long fileOrder = (long) f.fileNo() << 32;
            if (f.failure() != null) {
                out.add(ReadOutcome.failed(fileOrder, f.source(), null,
                        new Problem(f.failureCode(), f.source(), f.failure())));
                continue;
            }
            LocalCopy copy = f.local() ? null : LocalCopy.of(f.path(), conf());
            java.nio.file.Path path = copy == null ? java.nio.file.Path.of(f.path()) : copy.file();
            try (Records records = Readers.open(path, f.source(), io)) {
                int recordNo = 0;
                while (records.hasNext()) {
                    Input in = records.next();
                    out.add(read(in, fileOrder | recordNo++, hasher));
                }
            } finally {
                if (copy != null) copy.delete();
            }
        }
        return out.iterator();
    }

    private ReadOutcome read(Input in, long order, NearDuplicates hasher) {
        if (!in.ok()) return ReadOutcome.failed(order, in.source(), null, in.problem());
        String id = Ingester.articleId(in);
        faultHook(in.source());
        try {
            Document doc = Diurna.read(in.article());
            if (doc.rejected()) {
                Problem why = doc.rejection();
                return ReadOutcome.failed(order, in.source(), id, new Problem(why.code(), in.source(), why.detail()));
            }
            return rows(in, id, order, doc, hasher.signature(Ingester.comparedText(doc)));
        } catch (RuntimeException | StackOverflowError e) {
            // a bug on one article must not fail the job: it is recorded like bad input, as the ingest does
            return ReadOutcome.failed(order, in.source(), id,
                    new Problem("internal", in.source(), "reading failed: " + e));
        }
    }

    private static ReadOutcome rows(Input in, String id, long order, Document doc, long[] sig) {
        StoredArticle s = new StoredArticle(id, in.source(), in.article(), doc, null, 0,
                NearDuplicates.toBytes(sig));
        Object[] article = TableValues.article(s, 0, LocalDateTime.MIN);
        List<Event> events = TableValues.events(doc);
        List<String> localIds = TableValues.localIds(events);
        List<Object[]> mentions = new ArrayList<>();
        List<Facts> facts = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        var lead = TableValues.lead(doc);
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            mentions.add(TableValues.mention(id, localIds.get(i), null, e, doc.text(), lead));
            facts.add(Facts.of(e));
            evidence.add(TableValues.evidenceText(e, doc.text()));
        }
        String month = in.article().published() == null ? Tables.UNKNOWN_MONTH
                : in.article().published().toString().substring(0, 7);
        return new ReadOutcome(order, in.source(), id, null, month, article, sig, TableValues.entities(id, doc),
                TableValues.quotes(id, doc), TableValues.figures(id, doc), mentions, facts, evidence);
    }

    /** How many faults the test hook injected in this JVM. */
    public static int faultsInjected() {
        return FAULTS.get();
    }

    private Configuration conf() {
        Configuration c = new Configuration();
        hadoop.forEach(c::set);
        return c;
    }

    /** The test-only fault: the first attempt of the task that reads the marked source dies. */
    private void faultHook(String source) {
        String mark = opts.failOnceOn();
        TaskContext task = TaskContext.get();
        if (mark != null && task != null && task.attemptNumber() == 0 && source.contains(mark)) {
            FAULTS.incrementAndGet();
            throw new IllegalStateException("test fault injected on the first attempt of the task reading " + source);
        }
    }

    /** A file of another file system, copied to the executor's disk (with its text sidecar) to be read there. */
    private record LocalCopy(java.nio.file.Path dir, java.nio.file.Path file) {
        static LocalCopy of(String uri, Configuration conf) throws IOException {
            java.nio.file.Path dir = Files.createTempDirectory("diurna-input");
            Path p = new Path(uri);
            FileSystem fs = p.getFileSystem(conf);
            java.nio.file.Path file = dir.resolve(p.getName());
            fetch(fs, p, file);
            String name = p.getName();
            for (String ext : InputListing.TEXTS) {
                if (!name.endsWith(ext)) continue;
                Path side = new Path(p.getParent(), name.substring(0, name.length() - ext.length()) + ".json");
                if (fs.exists(side)) fetch(fs, side, dir.resolve(side.getName()));
            }
            return new LocalCopy(dir, file);
        }

        private static void fetch(FileSystem fs, Path from, java.nio.file.Path to) throws IOException {
            try (InputStream in = fs.open(from)) {
                Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        void delete() {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is not worth failing a task for
            }
        }
    }
}
