package org.diurna.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.diurna.search.internal.Analyzers;
import org.diurna.search.internal.ArticleDocuments;
import org.diurna.search.internal.ArticleIds;
import org.diurna.search.internal.Fields;
import org.diurna.search.internal.Filters;
import org.diurna.search.internal.Hits;
import org.diurna.search.internal.TextQueries;
import org.diurna.store.DatabaseInUseException;

/**
 * Full-text search over the articles of the event database: French and English analysed in their own language
 * (elision, stop words, light stemming; accents folded), other languages language-neutrally, ranked by BM25.
 *
 * <p>The database is the truth and this index a copy that can lag behind it: {@link #add} and {@link #delete} are
 * buffered, and only {@link #commit} makes them durable and visible to {@link #search}. After a crash, compare
 * {@link #ids()} with the database and add what is missing.
 *
 * <p>Thread safety: all methods may be called from any thread. There is one writer per directory (a second
 * {@code open} of the same directory, in this process or another, fails on Lucene's write lock); searches share
 * searchers that are refreshed after each commit.
 *
 * <p>I/O failures are thrown as {@link UncheckedIOException}.
 */
public final class SearchIndex implements AutoCloseable {
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzers analyzers;
    private final TextQueries queries;

    private SearchIndex(Directory directory, IndexWriter writer, SearcherManager searchers, Analyzers analyzers) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.analyzers = analyzers;
        this.queries = new TextQueries(analyzers);
    }

    /**
     * Opens the index in {@code dir} (such as {@code DB/lucene}), creating the folder and an empty index if needed.
     *
     * @throws DatabaseInUseException when another process (or another SearchIndex) has the index open
     */
    public static SearchIndex open(Path dir) {
        Directory directory = null;
        IndexWriter writer = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            Analyzers analyzers = new Analyzers();
            IndexWriterConfig config = new IndexWriterConfig(analyzers.forIndex())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            writer = new IndexWriter(directory, config);
            return new SearchIndex(directory, writer, new SearcherManager(writer, null), analyzers);
        } catch (LockObtainFailedException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw new DatabaseInUseException(dir, null, e);
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
    }

    /** Indexes an article, replacing any document with the same id; visible to searches after {@link #commit}. */
    public void add(IndexedArticle article) {
        try {
            writer.updateDocument(ArticleDocuments.idTerm(article.articleId()), ArticleDocuments.toDocument(article));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes an article, if indexed; effective for searches after {@link #commit}. */
    public void delete(String articleId) {
        try {
            writer.deleteDocuments(ArticleDocuments.idTerm(articleId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes every change so far durable (it survives a crash) and visible to searches. A commit syncs files to disk
     * and costs tens of milliseconds: call it every few hundred articles and at the end of a run, not per article.
     */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many articles are indexed, counting changes not yet committed. It flushes pending changes to see them, so
     * it is for reports and checks, not for a per-article loop.
     */
    public long count() {
        return withCurrentSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    /** The ids of all indexed articles, counting changes not yet committed. */
    public Set<String> ids() {
        return withCurrentSearcher(s -> ArticleIds.of(s.getIndexReader()));
    }

    /**
     * The articles matching {@code q}, best first. Sees everything committed; changes not yet committed may or may
     * not be seen ({@link #count} and {@link #ids} refresh the shared searcher).
     */
    public SearchResult search(SearchQuery q) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, q);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResult search(IndexSearcher searcher, SearchQuery q) throws IOException {
        boolean hasText = q.text() != null && !q.text().isBlank();
        List<String> families = families(q.language());
        Query text = hasText ? queries.parse(q.text(), families) : null;
        Query query = Filters.apply(text, q);
        long total = searcher.count(query);
        int depth = q.offset() + q.limit();
        if (q.limit() == 0 || total <= q.offset()) return new SearchResult(total, List.of());
        // without words to rank by, the newest articles come first; undated ones last
        TopDocs top = hasText ? searcher.search(query, depth) : searcher.search(query, depth, newestFirst());
        Hits hits = new Hits(searcher.storedFields(), analyzers, text);
        List<Hit> page = new ArrayList<>();
        for (int i = q.offset(); i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            page.add(hits.read(sd, hasText ? sd.score : 0f));
        }
        return new SearchResult(total, page);
    }

    /** Only the fields of the asked language when there is one: a French search need not look at English fields. */
    private static List<String> families(String language) {
        String l = Fields.language(language);
        return l.isEmpty() ? Fields.FAMILIES : List.of(Fields.family(l));
    }

    private static Sort newestFirst() {
        SortField byDate = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
        byDate.setMissingValue(Long.MIN_VALUE);
        return new Sort(byDate);
    }

    /** Commits pending changes, then closes. */
    @Override
    public void close() {
        try {
            IOUtils.close(searchers, writer, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface ReaderFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Refreshes first, so counts include uncommitted changes, which a reconciliation must see. */
    private <T> T withCurrentSearcher(ReaderFunction<T> f) {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                return f.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
