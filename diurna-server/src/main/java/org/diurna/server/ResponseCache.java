package org.diurna.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.diurna.store.EventStore;

/**
 * Answers repeated GET requests of the API from memory: a dashboard asks the same questions over and over (every
 * filter change re-asks timeline, map and network), and the answers only change when the database does. Entries are
 * keyed by path and query string and remember the database generation they were computed at; any write makes them
 * stale. Bounded (least recently used entries go first).
 */
final class ResponseCache {
    private static final int MAX_ENTRIES = 1000;
    private static final String HIT = "diurna.cache.hit";

    private record Entry(long generation, int status, String type, String body) {}

    private final EventStore store;
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** One computation per question at a time: fifty clients asking the same thing wait for one answer. */
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.locks.ReentrantLock> computing =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final String LOCK = "diurna.cache.lock";

    ResponseCache(EventStore store) {
        this.store = store;
    }

    /**
     * Before the handler: answers from the cache when it can (true); otherwise takes the question's lock, so that the
     * same question asked meanwhile waits for this answer instead of computing it again.
     */
    boolean before(Context ctx) {
        if (answer(ctx)) return true;
        String key = key(ctx);
        if (key == null) return false;
        var lock = computing.computeIfAbsent(key, k -> new java.util.concurrent.locks.ReentrantLock());
        lock.lock();
        if (answer(ctx)) {
            lock.unlock();
            return true;
        }
        ctx.attribute(LOCK, lock);
        return false;
    }

    /** After the handler: remembers the answer and lets the waiting requests in. */
    void after(Context ctx, long generationBefore) {
        try {
            remember(ctx, generationBefore);
        } finally {
            java.util.concurrent.locks.ReentrantLock lock = ctx.attribute(LOCK);
            if (lock != null && lock.isHeldByCurrentThread()) lock.unlock();
        }
    }

    private boolean answer(Context ctx) {
        String key = key(ctx);
        if (key == null) return false;
        Entry e;
        synchronized (entries) {
            e = entries.get(key);
        }
        if (e == null || e.generation() != store.generation()) return false;
        ctx.status(e.status()).contentType(e.type()).header("X-Cache", "hit").result(e.body());
        ctx.attribute(HIT, true);
        return true;
    }

    private void remember(Context ctx, long generationBefore) {
        String key = key(ctx);
        if (key == null || Boolean.TRUE.equals(ctx.attribute(HIT)) || ctx.statusCode() != 200) return;
        String body = ctx.result();
        if (body == null || generationBefore != store.generation()) return;
        synchronized (entries) {
            entries.put(key, new Entry(generationBefore, 200, ctx.res().getContentType(), body));
        }
    }

    private static String key(Context ctx) {
        if (!ctx.method().name().equals("GET") || !ctx.path().startsWith("/api/")) return null;
        return ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
    }
}
