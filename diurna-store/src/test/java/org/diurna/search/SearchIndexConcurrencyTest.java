package org.diurna.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One thread writes and commits while others search. */
class SearchIndexConcurrencyTest {
    @TempDir Path dir;

    @Test void searchesRunWhileTheWriterCommits() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<?>> readers = new ArrayList<>();
                Future<?> writer = pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        index.add(Articles.en("a" + i, "Dispatch " + i, "Shelling reported in sector " + i + "."));
                        if (i % 25 == 0) index.commit();
                    }
                    index.commit();
                });
                for (int r = 0; r < 2; r++) {
                    readers.add(pool.submit(() -> {
                        for (int i = 0; i < 200; i++) {
                            SearchResult res = index.search(SearchQuery.of("shelling").page(5, 0));
                            // a searcher is a consistent point in time: the total is never below the page
                            if (res.total() < res.hits().size()) throw new AssertionError("total below page");
                        }
                    }));
                }
                writer.get(60, TimeUnit.SECONDS);
                for (Future<?> f : readers) f.get(60, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(300, index.search(SearchQuery.of("shelling")).total());
            assertEquals(300, index.ids().size());
        }
    }
}
