package org.diurna.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.diurna.search.Hit;
import org.diurna.search.SearchIndex;
import org.diurna.search.SearchQuery;
import org.diurna.search.SearchResult;
import org.diurna.store.EventStore;
import org.diurna.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diurna search}: full text over the articles, French and English. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search over the articles, ranked, with snippets.",
                "French and English analysis: 'Alep cessez-le-feu' finds",
                "« un cessez-le-feu à Alep »), ranked, with the matching passage.",
                "Example: diurna search \"Alep cessez-le-feu\" --from 2016-11-01 --actor TUR"})
final class SearchCommand implements Callable<Integer> {
    @Mixin DatabaseOption database;

    @Parameters(paramLabel = "QUERY", description = "words; \"quoted phrases\" work")
    String query;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "published on or after")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "published on or before")
    LocalDate to;

    @Option(names = "--actor", paramLabel = "CODE", description = "articles with events involving TUR, TURGOV, ...")
    String actor;

    @Option(names = "--lang", paramLabel = "fr|en", description = "only articles in this language")
    String lang;

    @Option(names = "--duplicates", description = "also list near-duplicate copies")
    boolean duplicates;

    @Option(names = "--limit", defaultValue = "10", description = "how many hits (default: ${DEFAULT-VALUE})")
    int limit;

    @Override public Integer call() throws java.io.IOException {
        SearchQuery q = SearchQuery.of(query).between(from, to).page(limit, 0).withDuplicates(duplicates);
        if (actor != null) q = q.withActor(actor);
        if (lang != null) q = q.inLanguage(lang);
        if (database.parquet != null) {
            // the job writes no search index: build one for this search from the articles table, then drop it
            EventStore store = DatabaseOption.openParquet(database.parquet);
            if (store == null) return Main.REJECTED;
            Path tmp = java.nio.file.Files.createTempDirectory("diurna-search");
            try (store; SearchIndex index = SearchIndex.open(tmp)) {
                org.diurna.corpus.Reconcile.index(store, index);
                print(index.search(q));
            } finally {
                TempDirs.delete(tmp);
            }
            return 0;
        }
        Path db = database.existing();
        if (db == null) return Main.REJECTED;
        try (EventStore store = EventStore.open(db); SearchIndex index = SearchIndex.open(db.resolve("lucene"))) {
            // after an interrupted ingest the index may lack articles the database holds: repair it before searching
            org.diurna.corpus.Reconcile.index(store, index);
            print(index.search(q));
        }
        return 0;
    }

    private static void print(SearchResult r) {
        int i = 0;
        for (Hit h : r.hits()) {
            System.out.printf("%2d. %.2f  %s  %s  %s%n", ++i, h.score(), h.published() == null ? "----------"
                    : h.published(), h.outlet() == null ? "" : Printable.of(h.outlet()),
                    Printable.of(h.title() == null ? h.articleId() : h.title()));
            if (h.url() != null) System.out.println("      " + Printable.of(h.url()));
            if (h.snippet() != null) System.out.println("      " + Printable.of(h.snippet().replaceAll("\\s+", " ")));
        }
        System.out.printf("%d of %d articles%n", r.hits().size(), r.total());
    }
}
