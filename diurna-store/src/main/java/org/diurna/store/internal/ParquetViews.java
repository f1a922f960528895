package org.diurna.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.diurna.store.StoreException;

/**
 * Turns an empty in-memory database into a read-only window on a folder of Parquet tables written by the corpus job
 * ({@code diurna cluster}): each table of the schema becomes a view over {@code DIR/TABLE/**}{@code /*.parquet}
 * (month partitions included), cast column by column to the schema's types, so that every query of the store reads
 * it as it reads a database made by {@code diurna ingest}. A table with no file stays an empty table. Nothing is
 * imported: DuckDB reads the files at each query.
 */
public final class ParquetViews {
    /** The tables the job writes; {@code actors} and {@code meta} stay the schema's own view and table. */
    static final List<String> TABLES = List.of("articles", "events", "mentions", "entities", "quotes", "figures",
            "problems");

    private ParquetViews() {}

    /** Replaces the tables of {@code c} (made by {@link Schema#ensure}) by views over the files in {@code dir}. */
    public static void attach(Connection c, Path dir) throws SQLException {
        if (!Files.isDirectory(dir)) throw new StoreException("no Parquet folder " + dir, null);
        int found = 0;
        for (String table : TABLES) {
            Path folder = dir.resolve(table);
            if (!hasParquet(folder)) continue;
            found++;
            List<String> columns = new ArrayList<>();
            Sql.list(c, "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?"
                    + " ORDER BY ordinal_position", rs -> columns.add("CAST(\"" + rs.getString(1) + "\" AS "
                    + rs.getString(2) + ") AS \"" + rs.getString(1) + "\""), table);
            String glob = folder.toAbsolutePath() + "/**/*.parquet";
            try (var s = c.createStatement()) {
                // Names from the fixed list above; the path is quoted as a SQL literal (a view cannot bind it).
                s.execute("DROP TABLE " + table);
                s.execute("CREATE VIEW " + table + " AS SELECT " + String.join(", ", columns)
                        + " FROM read_parquet(" + literal(glob) + ", hive_partitioning = true, union_by_name = true)");
            }
        }
        if (found == 0) {
            throw new StoreException(dir + " holds no Parquet table (articles/, events/...): make one with"
                    + " 'diurna cluster INPUTS --out " + dir + "'", null);
        }
        Sql.update(c, "INSERT INTO meta VALUES (?, ?)", "parquet_folder", dir.toAbsolutePath().toString());
    }

    private static boolean hasParquet(Path folder) {
        if (!Files.isDirectory(folder)) return false;
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new StoreException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
