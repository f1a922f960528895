package org.diurna.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diurna.model.Problem;
import org.diurna.store.internal.ApiReader;
import org.diurna.store.internal.Catalog;
import org.diurna.store.internal.EventReader;
import org.diurna.store.internal.Ingester;
import org.diurna.store.internal.ParquetCopy;
import org.diurna.store.internal.Schema;

/**
 * The event database: one DuckDB file, {@code diurna.duckdb}, in a database directory, with tables an analyst can
 * open with DuckDB's own CLI or Python (docs/database.md). One writer process at a time (DuckDB locks the file);
 * methods are synchronized because they share one JDBC connection.
 */
public final class EventStore implements AutoCloseable {
    /** The database file's name inside the directory. */
    public static final String FILE = "diurna.duckdb";

    private final Path dir;
    private final Connection c;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private final Ingester ingester;
    private final EventReader reader;
    private final Catalog catalog;
    private final ApiReader api;
    /**
     * The HTTP API's reads run in parallel, each server thread on its own connection to the same database (DuckDB's
     * MVCC shows them every committed write); writes stay serialised on the main connection.
     */
    private final ThreadLocal<ApiReader> parallel = ThreadLocal.withInitial(this::newReader);
    private final List<Connection> readConnections = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private EventStore(Path dir, Connection c, Clock clock) {
        this.dir = dir;
        this.c = c;
        this.ingester = new Ingester(c, clock);
        this.reader = new EventReader(c);
        this.catalog = new Catalog(c);
        this.api = new ApiReader(c);
    }

    private ApiReader newReader() {
        try {
            Connection d = ((org.duckdb.DuckDBConnection) c).duplicate();
            readConnections.add(d);
            return new ApiReader(d);
        } catch (SQLException e) {
            throw new StoreException("cannot open a read connection: " + e.getMessage(), e);
        }
    }

    private ApiReader reader() {
        if (closed) throw new StoreException("the event database is closed", null);
        return parallel.get();
    }

    /**
     * Opens the database in {@code dir}, creating the directory and the schema when they do not exist.
     *
     * @throws DatabaseInUseException when another process holds the database (DuckDB allows one at a time)
     */
    public static EventStore open(Path dir) {
        return open(dir, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps ingest times (tests fix it). */
    static EventStore open(Path dir, Clock clock) {
        try {
            Files.createDirectories(dir);
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(FILE).toAbsolutePath());
            try {
                Schema.ensure(c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return new EventStore(dir, c, clock);
        } catch (IOException | SQLException e) {
            DatabaseInUseException inUse = DatabaseInUseException.ofDuckDb(dir.resolve(FILE), e);
            if (inUse != null) throw inUse;
            throw new StoreException("cannot open the event database in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens, read-only, the Parquet tables that {@code diurna cluster} (the Spark job) wrote in {@code dir}: an
     * in-memory database whose tables are views over the files, so that every query, the API and the dashboard work
     * on them as on a database made by {@code diurna ingest}. Adding articles to it fails.
     */
    public static EventStore openParquet(Path dir) {
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:");
            try {
                Schema.ensure(c);
                org.diurna.store.internal.ParquetViews.attach(c, dir);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return new EventStore(dir, c, Clock.systemUTC());
        } catch (SQLException e) {
            throw new StoreException("cannot open the Parquet tables in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The database directory. */
    public Path directory() { return dir; }

    /** True when an article with this id (content hash) is stored, as an original or as a near-duplicate. */
    public synchronized boolean hasArticle(String articleId) {
        return call(() -> ingester.has(articleId));
    }

    /**
     * Article id → MinHash signature of every stored article, in ingest order (the value is null for an article
     * stored without one), so that the caller can rebuild its near-duplicate index and list what is stored.
     */
    public synchronized Map<String, byte[]> signatures() {
        return call(catalog::signatures);
    }

    /** A stored article (original or near-duplicate), with the actor codes of its events; empty when unknown. */
    public synchronized Optional<ArticleRow> article(String articleId) {
        return call(() -> catalog.article(articleId));
    }

    /** The ingest sequence number the next added article will get (1 for an empty database). */
    public synchronized long nextSeq() {
        return call(ingester::nextSeq);
    }

    /**
     * Adds an article, its reading and its events in one transaction (all rows or none). An article id already
     * stored is left as it is: re-ingesting is a no-op. Returns true when the article was added.
     */
    /**
     * A number that changes whenever the database does (an article or a problem added), so that readers can cache
     * query results and know when they are stale.
     */
    public long generation() {
        return generation.get();
    }

    public synchronized boolean addArticle(StoredArticle a) {
        generation.incrementAndGet();
        return call(() -> ingester.add(a));
    }

    /** Records a problem once per (where, code); returns true when it was new. */
    public synchronized boolean addProblem(Problem p) {
        generation.incrementAndGet();
        return call(() -> ingester.addProblem(p));
    }

    /** Events matching the query, most mentioned first (see {@link EventQuery}). */
    public synchronized List<EventRow> events(EventQuery q) {
        return call(() -> reader.events(q));
    }

    /** How many events the query selects (its limit and offset applied). */
    public synchronized long countEvents(EventQuery q) {
        return call(() -> reader.count(q));
    }

    /** One event with all its mentions, or empty when no event has this id. */
    public synchronized Optional<EventDetail> event(String eventId) {
        return call(() -> {
            List<EventRow> rows = reader.byId(eventId);
            if (rows.isEmpty()) return Optional.empty();
            return Optional.of(new EventDetail(rows.get(0), reader.mentions(List.of(eventId))
                    .getOrDefault(eventId, List.of())));
        });
    }

    /** The mentions of several events at once, keyed by event id (for exports). */
    public synchronized Map<String, List<EventMention>> mentions(List<String> eventIds) {
        return call(() -> reader.mentions(eventIds));
    }

    /** Events of a selection (extra filters, sort and keyset cursor of the HTTP API), at most its limit. */
    public List<EventRow> events(EventSelection s) {
        return listing(s).events();
    }

    /** A page of a selection, as {@link #events(EventSelection)}, and how many events the selection holds. */
    public EventListing listing(EventSelection s) {
        return call(() -> reader().listing(s));
    }

    /** How many events a selection holds, its cursor and limit aside. */
    public long countEvents(EventSelection s) {
        return call(() -> reader().count(s));
    }

    /** Dated events of a selection per PLOVER type and day, or ISO week (keyed by its Monday). */
    public List<TimelineCount> timeline(EventSelection s, boolean weekly) {
        return call(() -> reader().timeline(s, weekly));
    }

    /** Events of a selection per (source, target, type), actors as "CTY" or "CTY SEC", most first. */
    public List<DyadCount> dyads(EventSelection s) {
        return call(() -> reader().dyads(s));
    }

    /** Actors of the {@code actors} view whose name or id contains {@code q} (case-insensitive). */
    public List<ActorSummary> actors(String q, int limit) {
        return call(() -> reader().actors(q, limit));
    }

    /** A stored article with its entities, event mentions, quotes, figures and near-duplicates. */
    public synchronized Optional<ArticleDetail> articleDetail(String articleId) {
        return call(() -> api.article(articleId));
    }

    /** Recorded problems, oldest first. */
    public synchronized List<Problem> problems() {
        return call(catalog::problems);
    }

    /** Row count of every table (and of the {@code actors} view), in schema order. */
    public synchronized Map<String, Long> counts() {
        return call(catalog::counts);
    }

    /**
     * Writes one table as a Parquet file (for {@link org.diurna.export.Exporter}); {@code events} and
     * {@code mentions} are restricted to the events the query selects, the other tables are written whole.
     */
    public synchronized void copyParquet(String table, EventQuery q, Path file) {
        call(() -> {
            ParquetCopy.copy(c, table, q, file);
            return null;
        });
    }

    /** The tables {@link #copyParquet} writes. */
    public static List<String> tables() {
        return ParquetCopy.tables();
    }

    @Override public synchronized void close() {
        closed = true;
        try {
            for (Connection d : readConnections) d.close();
            c.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the event database: " + e.getMessage(), e);
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private static <T> T call(Work<T> w) {
        try {
            return w.run();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
