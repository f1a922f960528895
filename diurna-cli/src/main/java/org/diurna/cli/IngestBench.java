package org.diurna.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.diurna.Diurna;
import org.diurna.corpus.IngestSummary;
import org.diurna.corpus.Ingester;
import org.diurna.ingest.IngestOptions;
import org.diurna.model.Article;
import org.diurna.reading.ReadingJson;
import org.diurna.search.SearchIndex;
import org.diurna.store.EventStore;

/**
 * The cost of ingesting against the cost of reading alone, in one run: the same N articles read by Diurna, then
 * ingested (files, hashing, near-duplicates, DuckDB, Lucene) on 1 and on 2 threads into fresh databases.
 */
final class IngestBench {
    private IngestBench() {}

    static ObjectNode run(List<Article> distinct, int articles) throws IOException {
        Path dir = Files.createTempDirectory("diurna-bench");
        try {
            int copies = Math.max(1, (int) Math.ceil(articles / (double) distinct.size()));
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            int n = 0;
            for (int c = 0; c < copies; c++) {
                Path sub = Files.createDirectories(corpus.resolve(String.format("outlet-%03d", c)));
                for (Article a : distinct) {
                    // each copy is published by another outlet: stored as a near-duplicate, as wire copies are
                    Files.writeString(sub.resolve(a.id()), a.text());
                    n++;
                }
            }
            for (Article a : distinct) Diurna.read(a);
            long t0 = System.nanoTime();
            for (int c = 0; c < copies; c++) for (Article a : distinct) Diurna.read(a);
            double read = (System.nanoTime() - t0) / 1e9;
            double one = ingest(corpus, dir.resolve("db1"), 1);
            double two = ingest(corpus, dir.resolve("db2"), 2);
            ObjectNode o = ReadingJson.MAPPER.createObjectNode();
            o.put("articles", n).put("reading_articles_per_s", n / read)
                    .put("ingest_1_thread_articles_per_s", n / one).put("ingest_2_threads_articles_per_s", n / two)
                    .put("ingest_overhead_pct", 100 * (one / read - 1));
            return o;
        } finally {
            TempDirs.delete(dir);
        }
    }

    private static double ingest(Path corpus, Path db, int threads) {
        try (EventStore store = EventStore.open(db); SearchIndex index = SearchIndex.open(db.resolve("lucene"))) {
            IngestSummary s = new Ingester(store, index).ingest(List.of(corpus.toString()), IngestOptions.defaults(),
                    threads, x -> { });
            return s.seconds();
        }
    }
}
