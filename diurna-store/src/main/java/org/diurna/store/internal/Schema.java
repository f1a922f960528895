package org.diurna.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.diurna.store.StoreException;

/**
 * Creates the tables from the versioned DDL resource {@code schema.sql}, or checks that an existing database has the
 * version this code reads. The version lives in {@code meta('schema_version')} so that an analyst's copy says which
 * documentation applies, and so that a later Diurna can migrate instead of misreading.
 */
public final class Schema {
    /** The schema version {@code schema.sql} creates. */
    public static final int VERSION = 1;
    private static final String RESOURCE = "/org/diurna/store/schema.sql";

    private Schema() {}

    /** Creates the schema in an empty database, or verifies the version of an existing one. */
    public static void ensure(Connection c) throws SQLException {
        boolean exists = Sql.count(c, "SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                "meta") > 0;
        if (exists) {
            String v = Sql.one(c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), "schema_version")
                    .orElse("?");
            if (!String.valueOf(VERSION).equals(v)) {
                throw new StoreException("the database has schema version " + v + "; this Diurna reads version "
                        + VERSION + " (use the Diurna that wrote it, or export and re-ingest)");
            }
            return;
        }
        // One transaction: a crash while creating leaves an empty file, which the next open creates again.
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String ddl : statements()) s.execute(ddl);
            Sql.update(c, "INSERT INTO meta VALUES (?, ?)", "schema_version", String.valueOf(VERSION));
            Sql.update(c, "INSERT INTO meta VALUES (?, ?)", "created_by", "diurna-store");
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The DDL statements of the resource, comments removed. */
    static List<String> statements() {
        String text;
        try (InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new StoreException("missing resource " + RESOURCE);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read " + RESOURCE, e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            int comment = line.indexOf("--");
            String code = (comment >= 0 ? line.substring(0, comment) : line).stripTrailing();
            if (code.isBlank()) continue;
            current.append(code).append('\n');
            if (code.endsWith(";")) {
                out.add(current.toString().trim());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) throw new StoreException(RESOURCE + ": last statement lacks ';'");
        return out;
    }
}
