package org.diurna.spark.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.diurna.export.EventLines;
import org.diurna.spark.JobOptions;
import org.diurna.spark.JobSummary;
import org.diurna.store.internal.Schema;
import scala.Tuple2;

/**
 * The corpus job, stage by stage: list the inputs; read them in parallel (one pipeline per executor); keep the
 * first of exact copies; number the articles in reading order; link near-duplicates; file events; write the
 * tables, the GDELT export and the run's metadata.
 */
public final class CorpusJob {
    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final JobOptions o;

    public CorpusJob(SparkSession spark, JobOptions o) {
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.o = o;
    }

    /** The input files, listed on the driver (fast: no file is opened). */
    public List<FileTask> inputs() {
        return InputListing.list(o.inputs(), jsc.hadoopConfiguration());
    }

    /** Runs the job; {@code filesRead} counts the files as read tasks finish, for a progress bar. */
    public JobSummary run(List<FileTask> tasks, LongAccumulator filesRead) {
        long t0 = System.nanoTime();
        int parts = o.partitions() > 0 ? o.partitions() : defaultPartitions(tasks.size(), jsc.defaultParallelism());
        // read tasks are many and small (the reading is nearly all the work); the corpus-wide steps need fewer
        int shuffle = Math.max(jsc.defaultParallelism(), parts / 8);
        spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(shuffle));
        ReadPartition reader = new ReadPartition(o, hadoopSettings());
        LongAccumulator counter = filesRead;
        JavaRDD<ReadOutcome> outcomes = jsc.parallelize(tasks, parts)
                .mapPartitions(files -> reader.call(counting(files, counter)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        // an exact copy (same text from the same place) is the same article: the first in reading order is kept
        JavaRDD<ReadOutcome> firsts = outcomes.filter(r -> r.articleId() != null)
                .mapToPair(r -> new Tuple2<>(r.articleId(), r))
                .reduceByKey((a, b) -> a.order() <= b.order() ? a : b, shuffle).values();
        JavaRDD<ReadOutcome> rejected = outcomes.filter(r -> r.articleId() == null).union(firsts.filter(r -> !r.ok()));
        JavaPairRDD<Long, ReadOutcome> numbered = firsts.filter(ReadOutcome::ok)
                .sortBy(ReadOutcome::order, true, shuffle).zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._2() + 1, t._1())).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, NearCopies.Original> originals = NearCopies.originals(numbered.map(
                t -> new NearCopies.Signed(t._1(), t._2().articleId(), t._2().signature())), shuffle);
        JavaRDD<Stored> stored = numbered.leftOuterJoin(originals, shuffle)
                .map(t -> new Stored(t._1(), t._2()._1(), t._2()._2().orElse(null)))
                .persist(StorageLevel.MEMORY_AND_DISK());

        var stamp = o.stamp();
        String out = o.out();
        Tables.write(spark, shuffle, stored.map(s -> {
            // the columns only the whole corpus knows: ingest_seq, duplicate_of, similarity, ingested_at
            Object[] a = s.read().article().clone();
            a[1] = s.seq();
            a[9] = s.duplicate() ? s.original().articleId() : null;
            a[10] = s.duplicate() ? s.original().similarity() : 0.0;
            a[12] = stamp;
            return Tables.row(Tables.ARTICLES, a, s.read().published());
        }), Tables.ARTICLES, true, out, "articles");
        // a near-duplicate's entities, quotes and figures are its original's: the store keeps them once
        JavaRDD<Stored> originalsOnly = stored.filter(s -> !s.duplicate());
        Tables.write(spark, shuffle, rowsOf(originalsOnly, 0), Tables.ENTITIES, true, out, "entities");
        Tables.write(spark, shuffle, rowsOf(originalsOnly, 1), Tables.QUOTES, true, out, "quotes");
        Tables.write(spark, shuffle, rowsOf(originalsOnly, 2), Tables.FIGURES, true, out, "figures");
        Actors.write(spark, out);

        EventTables ev = EventTables.of(stored, stamp, shuffle);
        JavaPairRDD<String, String> monthOf = stored.mapToPair(s -> new Tuple2<>(s.articleId(), s.read().published()));
        Tables.write(spark, shuffle, ev.mentions().mapToPair(m -> new Tuple2<>((String) m[2], m))
                .join(monthOf, shuffle).map(t -> Tables.row(Tables.MENTIONS, t._2()._1(), t._2()._2())),
                Tables.MENTIONS, true, out,
                "mentions");
        JavaRDD<EventTables.Made> made = ev.events().persist(StorageLevel.MEMORY_AND_DISK());
        Tables.write(spark, shuffle, made.map(m -> Tables.row(Tables.EVENTS, m.values(), m.month())),
                Tables.EVENTS, true, out, "events");
        JavaRDD<String> gdelt = made.sortBy(m -> m.row().eventNo(), true, shuffle).map(m -> EventLines.gdelt(m.row()));
        spark.createDataset(gdelt.rdd(), Encoders.STRING()).write().mode(SaveMode.Overwrite).text(out + "/gdelt");

        JavaRDD<ReadOutcome> problems = rejected.mapToPair(r -> new Tuple2<>(r.source() + "\n" + r.problem().code(), r))
                .reduceByKey((a, b) -> a.order() <= b.order() ? a : b, shuffle).values();
        Tables.write(spark, shuffle, problems.map(r -> Tables.row(Tables.PROBLEMS, new Object[] {r.source(),
                r.problem().code(), r.problem().detail(), stamp}, null)), Tables.PROBLEMS, false, out, "problems");
        Tables.write(spark, shuffle, jsc.parallelize(meta(tasks.size()), 1)
                .map(kv -> Tables.row(Tables.META, kv, null)), Tables.META, false, out, "meta");

        long inputs = outcomes.count();
        JobSummary sum = new JobSummary(inputs, stored.count(), stored.filter(Stored::duplicate).count(),
                problems.count(), made.count(), ev.mentions().count(), (System.nanoTime() - t0) / 1e9);
        outcomes.unpersist();
        numbered.unpersist();
        stored.unpersist();
        made.unpersist();
        return sum;
    }

    /**
     * At least four read tasks per core, and tasks of about twenty files at most, so that the last tasks of the read
     * leave few cores idle; never more tasks than files (a WARC of a Common Crawl day is one task).
     */
    static int defaultPartitions(int files, int cores) {
        return Math.max(1, Math.min(files, Math.max(4 * cores, (files + 19) / 20)));
    }

    private static <T> java.util.Iterator<T> counting(java.util.Iterator<T> it, LongAccumulator counter) {
        return new java.util.Iterator<>() {
            @Override public boolean hasNext() { return it.hasNext(); }

            @Override public T next() {
                T t = it.next();
                if (counter != null) counter.add(1);
                return t;
            }
        };
    }

    private static JavaRDD<Row> rowsOf(JavaRDD<Stored> stored, int which) {
        return stored.flatMap(s -> {
            ReadOutcome r = s.read();
            List<Object[]> values = which == 0 ? r.entities() : which == 1 ? r.quotes() : r.figures();
            var schema = which == 0 ? Tables.ENTITIES : which == 1 ? Tables.QUOTES : Tables.FIGURES;
            List<Row> rows = new ArrayList<>(values.size());
            for (Object[] v : values) rows.add(Tables.row(schema, v, r.published()));
            return rows.iterator();
        });
    }

    private List<Object[]> meta(int files) {
        List<Object[]> kv = new ArrayList<>();
        kv.add(new Object[] {"schema_version", String.valueOf(Schema.VERSION)});
        kv.add(new Object[] {"created_by", "diurna-spark"});
        kv.add(new Object[] {"input_files", String.valueOf(files)});
        kv.add(new Object[] {"near_duplicate_scheme", org.diurna.dedup.NearDuplicates.SCHEME});
        return kv;
    }

    /** The driver's {@code spark.hadoop.*} settings, for the read tasks' own Hadoop clients. */
    private Map<String, String> hadoopSettings() {
        Map<String, String> m = new HashMap<>();
        for (Tuple2<String, String> kv : spark.sparkContext().getConf().getAll()) {
            if (kv._1().startsWith("spark.hadoop.")) m.put(kv._1().substring("spark.hadoop.".length()), kv._2());
        }
        return m;
    }
}
