package org.diurna.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --db option shared by the commands that read the database, and its check that the database exists. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "diurna-data",
            description = "database directory made by 'diurna ingest' (default: ${DEFAULT-VALUE})")
    Path db;

    /** The directory, or null after telling the user how to make one. */
    Path existing() {
        if (Files.isRegularFile(db.resolve("diurna.duckdb"))) return db;
        System.err.println("diurna: no database in " + db.toAbsolutePath()
                + "; make one with: diurna ingest FILES... --db " + db);
        return null;
    }
}
