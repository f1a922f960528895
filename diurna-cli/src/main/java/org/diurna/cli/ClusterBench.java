package org.diurna.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.diurna.Diurna;
import org.diurna.corpus.IngestSummary;
import org.diurna.corpus.Ingester;
import org.diurna.ingest.IngestOptions;
import org.diurna.ingest.TextInput;
import org.diurna.model.Article;
import org.diurna.reading.ReadingJson;
import org.diurna.search.SearchIndex;
import org.diurna.spark.JobOptions;
import org.diurna.spark.JobSummary;
import org.diurna.spark.ReadCorpus;
import org.diurna.store.EventStore;

/**
 * The Spark job against the ingest on the same inputs and the same cores, in one run: ingest on 1 thread, the job at
 * {@code local[1]}, ingest on 2 threads, the job at {@code local[2]} (each pair back to back, after a warm-up, so
 * the comparison does not depend on the machine or on the JIT). Times are those of the whole run of each, from the
 * listing of the inputs to the last table written; the Spark session's start is not counted.
 */
final class ClusterBench {
    private ClusterBench() {}

    static ObjectNode run(List<String> inputs, List<Article> warmUp, HeapSampler heap) throws IOException {
        Path dir = Files.createTempDirectory("diurna-cluster-bench");
        try {
            for (Article a : warmUp.subList(0, Math.min(20, warmUp.size()))) Diurna.read(a);
            ObjectNode o = ReadingJson.MAPPER.createObjectNode();
            long articles = 0;
            for (int cores = 1; cores <= 2; cores++) {
                IngestSummary in = ingest(inputs, dir.resolve("db" + cores), cores);
                JobSummary job = job(inputs, dir.resolve("parquet" + cores), cores);
                articles = job.articles();
                o.put("ingest_" + cores + "_articles_per_s", in.stored() / in.seconds());
                o.put("spark_local" + cores + "_articles_per_s", job.articles() / job.seconds());
                o.put("spark_cost_vs_ingest_" + cores, job.seconds() / in.seconds() * in.stored() / job.articles());
                System.err.printf("  %d core(s): ingest %.2f articles/s, Spark %.2f articles/s%n", cores,
                        in.stored() / in.seconds(), job.articles() / job.seconds());
            }
            o.put("articles", articles);
            o.put("spark_scaling_1_to_2", o.get("spark_local2_articles_per_s").asDouble()
                    / o.get("spark_local1_articles_per_s").asDouble());
            o.put("ingest_scaling_1_to_2", o.get("ingest_2_articles_per_s").asDouble()
                    / o.get("ingest_1_articles_per_s").asDouble());
            o.put("max_heap_mib", Runtime.getRuntime().maxMemory() >> 20);
            return o;
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static IngestSummary ingest(List<String> inputs, Path db, int threads) {
        try (EventStore store = EventStore.open(db); SearchIndex index = SearchIndex.open(db.resolve("lucene"))) {
            return new Ingester(store, index).ingest(inputs, IngestOptions.defaults(), threads, x -> { });
        }
    }

    private static JobSummary job(List<String> inputs, Path out, int cores) {
        SparkSession spark = ReadCorpus.session("local[" + cores + "]");
        try {
            return ReadCorpus.run(spark, new JobOptions(inputs, out.toUri().toString(), 0,
                    LocalDateTime.of(2026, 1, 1, 0, 0), null, TextInput.DEFAULT_MAX_BYTES, null), false);
        } finally {
            spark.stop();
        }
    }
}
