package org.diurna.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diurna.store.EventMention;
import org.diurna.store.EventQuery;
import org.diurna.store.EventRow;
import org.diurna.store.EventStore;

/**
 * Writes the events a query selects as GDELT 2.0 event rows, JSON lines, or Parquet tables (docs/exports.md).
 * Every file is written under a temporary name and renamed when complete, so a failed export leaves no half file.
 */
public final class Exporter {
    /** Events are read by pages through the keyset cursor, so an export of millions never holds them all. */
    private static final int PAGE = 1000;

    private Exporter() {}

    /** Exports without a header line; returns the number of events written (for PARQUET, the events table's rows). */
    public static long export(EventStore store, EventQuery q, Format format, Path out) {
        return export(store, q, format, out, false);
    }

    /** As above; {@code header} adds GDELT's column names as a first line to GDELT_CSV (GDELT's files have none). */
    public static long export(EventStore store, EventQuery q, Format format, Path out, boolean header) {
        return export(store, q, format, out, header, PAGE);
    }

    /** With a page size of choice, so that tests can page through a small database. */
    static long export(EventStore store, EventQuery q, Format format, Path out, boolean header, int page) {
        try {
            return switch (format) {
                case GDELT_CSV, JSONL -> lines(store, q, format, out, header, page);
                case PARQUET -> parquet(store, q, out);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("export to " + out + " failed: " + e.getMessage(), e);
        }
    }

    private static long lines(EventStore store, EventQuery q, Format format, Path out, boolean header, int size)
            throws IOException {
        Path tmp = AtomicFiles.temp(out);
        long n = 0;
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                if (header && format == Format.GDELT_CSV) w.write(String.join("\t", GdeltRow.COLUMNS) + "\n");
                for (List<EventRow> page = store.events(q.limit(Math.min(size, q.limit()))); !page.isEmpty();
                     page = nextPage(store, q, page, n, size)) {
                    Map<String, List<EventMention>> mentions = format == Format.JSONL
                            ? store.mentions(page.stream().map(EventRow::eventId).toList()) : Map.of();
                    for (EventRow e : page) {
                        w.write(format == Format.GDELT_CSV ? GdeltRow.line(e)
                                : EventJson.of(e, mentions.getOrDefault(e.eventId(), List.of())).toString());
                        w.write('\n');
                    }
                    n += page.size();
                }
            }
            AtomicFiles.commit(tmp, out);
            return n;
        } catch (IOException | RuntimeException e) {
            AtomicFiles.discard(tmp);
            throw e;
        }
    }

    /** The page after {@code last}: offset applies to the first page only, the cursor carries on from there. */
    private static List<EventRow> nextPage(EventStore store, EventQuery q, List<EventRow> last, long done,
                                           int size) {
        long left = q.limit() - done;
        if (last.size() < Math.min(size, q.limit()) || left <= 0) return List.of();
        return store.events(q.offset(0).after(last.get(last.size() - 1).cursor()).limit((int) Math.min(size, left)));
    }

    /** Every table to {@code dir/table.parquet}; the files are renamed into place only once all are written. */
    private static long parquet(EventStore store, EventQuery q, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<Path, Path> written = new LinkedHashMap<>();
        try {
            for (String table : EventStore.tables()) {
                Path target = dir.resolve(table + ".parquet");
                Path tmp = AtomicFiles.temp(target);
                written.put(tmp, target);
                store.copyParquet(table, q, tmp);
            }
            for (Map.Entry<Path, Path> e : written.entrySet()) AtomicFiles.commit(e.getKey(), e.getValue());
        } catch (IOException | RuntimeException e) {
            new ArrayList<>(written.keySet()).forEach(AtomicFiles::discard);
            throw e;
        }
        return store.countEvents(q);
    }
}
