package org.diurna.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diurna.export.Exporter;
import org.diurna.export.Format;
import org.diurna.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code diurna export}: the events in formats analysts' tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports events as GDELT CSV, JSON lines or Parquet.",
                "Formats: gdelt-csv (GDELT 2.0 event table columns, tab-separated, so GDELT users'",
                "scripts run unchanged), jsonl (one event per line with all its mentions and evidence), parquet (every",
                "table as OUT/TABLE.parquet for DuckDB, Spark, pandas). Filters as for 'diurna events'.",
                "Example: diurna export --format gdelt-csv --out events.csv --dyad TUR,RUS"})
final class ExportCommand implements Callable<Integer> {
    enum Kind { GDELT_CSV, JSONL, PARQUET }

    @Mixin DatabaseOption database;
    @Mixin EventFilters filters;

    @Option(names = "--format", required = true, paramLabel = "gdelt-csv|jsonl|parquet",
            converter = KindConverter.class, description = "gdelt-csv, jsonl or parquet")
    Kind format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "file (a directory for parquet)")
    Path out;

    @Option(names = "--header", description = "gdelt-csv: write a header line (GDELT's files have none)")
    boolean header;

    @Override public Integer call() {
        EventStore opened = database.open();
        if (opened == null) return Main.REJECTED;
        try (EventStore store = opened) {
            long n = Exporter.export(store, filters.query(), Format.valueOf(format.name()), out, header);
            System.out.println(n + " events exported to " + out.toAbsolutePath());
        }
        return 0;
    }

    static final class KindConverter implements picocli.CommandLine.ITypeConverter<Kind> {
        @Override public Kind convert(String v) {
            return Kind.valueOf(v.trim().toUpperCase().replace('-', '_'));
        }
    }
}
