package org.diurna.corpus;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.diurna.Diurna;
import org.diurna.dedup.ContentHash;
import org.diurna.dedup.Match;
import org.diurna.dedup.NearDuplicates;
import org.diurna.ingest.IngestOptions;
import org.diurna.ingest.Input;
import org.diurna.ingest.Sources;
import org.diurna.model.Problem;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.diurna.search.SearchIndex;
import org.diurna.store.EventStore;

/**
 * From a pile of news to the event database: inputs are read by {@code threads} workers, but stored one at a time in
 * input order, each article in one transaction. So a run is deterministic (the same inputs give the same event ids),
 * re-ingesting adds nothing, and a run killed at any point and started again ends with the tables a clean run gives.
 */
public final class Ingester {
    /** Lucene is committed every this many articles; the database is the truth, the index is reconciled at start. */
    private static final int COMMIT_EVERY = 100;

    private final EventStore store;
    private final SearchIndex index;
    private final NearDuplicates near;

    public Ingester(EventStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
        // every stored article's id and MinHash, read once: they rebuild both indexes after an interrupted run
        var signatures = store.signatures();
        this.near = Reconcile.nearDuplicates(signatures);
        Reconcile.index(store, signatures, index);
    }

    /** Reads and stores every input; {@code progress} is told after each one. */
    public IngestSummary ingest(List<String> args, IngestOptions options, int threads, Consumer<IngestSummary> progress) {
        long t0 = System.nanoTime();
        IngestSummary sum = new IngestSummary(0, 0, 0, 0, 0, 0, 0, 0);
        Set<String> seen = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "diurna-reader");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> window = new ArrayDeque<>();
        long committed = 0;
        int depth = Math.max(2, threads * 4);
        try (Stream<Input> inputs = Sources.open(args, options)) {
            var it = inputs.iterator();
            while (it.hasNext() || !window.isEmpty()) {
                while (it.hasNext() && window.size() < depth) {
                    Input in = it.next();
                    window.add(submit(in, seen, pool));
                }
                Pending p = window.poll();
                sum = store(p, sum, secondsSince(t0));
                progress.accept(sum);
                if (sum.stored() - committed >= COMMIT_EVERY) {
                    index.commit();
                    committed = sum.stored();
                }
            }
        } finally {
            pool.shutdownNow();
            index.commit();
        }
        return sum.plus(0, 0, 0, 0, 0, 0, 0, secondsSince(t0));
    }

    /** An input on its way: already known, failed, or being read by a worker. */
    private record Pending(Input input, String articleId, boolean known, Future<Reading> reading) {}

    /** What {@link #ingestOne} did: {@code stored} is false when the article was already there or was rejected. */
    public record Posted(String articleId, boolean stored, String duplicateOf, long events, Problem rejection) {}

    /**
     * Reads and stores one article given by a caller (the HTTP API) at once: the same id rule, near-duplicate
     * detection and single transaction as {@link #ingest}, then a search-index commit so that it is searchable.
     * A known article is left as it is; a rejected reading is recorded as a problem.
     */
    public synchronized Posted ingestOne(Input in) {
        if (!in.ok()) {
            store.addProblem(in.problem());
            return new Posted(null, false, null, 0, in.problem());
        }
        in.warnings().forEach(store::addProblem);
        String id = articleId(in);
        if (store.hasArticle(id)) {
            String dup = store.article(id).map(a -> a.duplicateOf()).orElse(null);
            return new Posted(id, false, dup, 0, null);
        }
        Document doc = Diurna.read(in.article());
        if (doc.rejected()) {
            Problem why = doc.rejection();
            store.addProblem(new Problem(why.code(), in.source(), why.detail()));
            return new Posted(id, false, null, 0, why);
        }
        warnings(doc, in);
        Reading r = new Reading(doc, near.signature(comparedText(doc)));
        var match = near.checkAndAdd(id, r.signature());
        String dupOf = match.map(Match::firstId).orElse(null);
        double sim = match.map(Match::similarity).orElse(0.0);
        Stored.write(store, index, id, in, r, dupOf, sim);
        index.commit();
        return new Posted(id, true, dupOf, doc.get(Layers.EVENTS).size(), null);
    }

    /** What a worker produces: the reading and the near-duplicate signature of the text. */
    record Reading(Document doc, long[] signature) {}

    private Pending submit(Input in, Set<String> seen, ExecutorService pool) {
        if (!in.ok()) return new Pending(in, null, false, null);
        String id = articleId(in);
        boolean known = !seen.add(id) || store.hasArticle(id);
        if (known) return new Pending(in, id, true, null);
        return new Pending(in, id, false, pool.submit(() -> {
            Document doc = Diurna.read(in.article());
            return new Reading(doc, near.signature(comparedText(doc)));
        }));
    }

    /**
     * An article is its text as published at one place: the same text from the same URL (or file) is the same
     * article, so re-ingesting adds nothing; the same text from another outlet is a copy, linked to the first and
     * counted as one more report of its events.
     */
    public static String articleId(Input in) {
        String where = in.article().url() != null ? in.article().url() : in.source();
        return ContentHash.of(where + "\n" + in.article().text());
    }

    /**
     * The text near-duplicates are compared on: copies differ by their headers and footers, so what is left once
     * boilerplate is blanked.
     */
    public static String comparedText(Document doc) {
        return doc.has(Layers.PREPARED) ? doc.get(Layers.PREPARED).analysisText() : doc.article().text();
    }

    private IngestSummary store(Pending p, IngestSummary sum, double seconds) {
        Input in = p.input();
        if (!in.ok()) {
            store.addProblem(in.problem());
            return sum.plus(1, 0, 0, 0, 1, 0, 0, seconds);
        }
        // what was dropped from an article that is read all the same (a URL that is not http(s))
        in.warnings().forEach(store::addProblem);
        if (p.known()) return sum.plus(1, 0, 0, 1, 0, 0, 0, seconds);
        Reading r;
        try {
            r = p.reading().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // a bug on one article must not stop the run: it is recorded like bad input
            store.addProblem(new Problem("internal", in.source(), "reading failed: " + e.getCause()));
            return sum.plus(1, 0, 0, 0, 1, 0, 0, seconds);
        }
        if (r.doc().rejected()) {
            Problem why = r.doc().rejection();
            store.addProblem(new Problem(why.code(), in.source(), why.detail()));
            return sum.plus(1, 0, 0, 0, 1, 0, 0, seconds);
        }
        warnings(r.doc(), in);
        var match = near.checkAndAdd(p.articleId(), r.signature());
        String dupOf = match.map(Match::firstId).orElse(null);
        double sim = match.map(Match::similarity).orElse(0.0);
        Stored.write(store, index, p.articleId(), in, r, dupOf, sim);
        long events = r.doc().get(Layers.EVENTS).size();
        long tokens = r.doc().get(Layers.SENTENCES).stream().mapToLong(s -> s.tokens().size()).sum();
        return sum.plus(1, 1, dupOf == null ? 0 : 1, 0, 0, events, tokens, seconds);
    }

    /** What the reading left out of a stored article (a sentence too long to parse...), kept with the problems. */
    private void warnings(Document doc, Input in) {
        for (Problem w : doc.problems()) store.addProblem(new Problem(w.code(), in.source(), w.detail()));
    }

    private static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
