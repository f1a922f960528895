package org.diurna.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diurna.store.EventStore;
import picocli.CommandLine.Option;

/**
 * The --db option shared by the commands that read the database, its --parquet alternative (the tables of
 * 'diurna cluster', read in place), and the check that what they name exists.
 */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "diurna-data",
            description = "database directory made by 'diurna ingest' (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "read the Parquet tables made by 'diurna cluster' in DIR instead of a database")
    Path parquet;

    /** The directory, or null after telling the user how to make one. */
    Path existing() {
        if (Files.isRegularFile(db.resolve("diurna.duckdb"))) return db;
        System.err.println("diurna: no database in " + db.toAbsolutePath()
                + "; make one with: diurna ingest FILES... --db " + db);
        return null;
    }

    /** The store the options name, or null after telling the user what is missing. */
    EventStore open() {
        if (parquet != null) return openParquet(parquet);
        Path dir = existing();
        return dir == null ? null : EventStore.open(dir);
    }

    static EventStore openParquet(Path dir) {
        return openParquetCheck(dir) == null ? null : EventStore.openParquet(dir);
    }

    /** The folder when it holds the job's tables, or null after saying how to make them. */
    static Path openParquetCheck(Path dir) {
        if (!Files.isDirectory(dir.resolve("events")) && !Files.isDirectory(dir.resolve("articles"))) {
            System.err.println("diurna: no Parquet tables in " + dir.toAbsolutePath()
                    + "; make them with: diurna cluster FILES... --out " + dir);
            return null;
        }
        return dir;
    }
}
