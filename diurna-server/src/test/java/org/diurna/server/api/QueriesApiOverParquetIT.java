package org.diurna.server.api;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every test of {@link QueriesApiIT}, against the same data served from Parquet tables ({@code diurna serve --parquet})
 * instead of the DuckDB database: the API must answer the same.
 */
class QueriesApiOverParquetIT extends QueriesApiIT {
    @TempDir static Path parquet;

    /** Runs after the superclass's start: the same database, now served as Parquet tables. */
    @BeforeAll static void overParquet() {
        server.close();
        server = TestDb.startParquet(db, parquet);
    }
}
