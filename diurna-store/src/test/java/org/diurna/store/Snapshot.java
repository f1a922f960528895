package org.diurna.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row of every table of a closed database, as text, for comparing two databases. */
public final class Snapshot {
    private Snapshot() {}

    /** Table → sorted rows; timestamp columns left out unless asked for (ingest times differ between runs). */
    public static Map<String, List<String>> of(Path dir, boolean timestamps) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(EventStore.FILE))) {
            for (String table : EventStore.tables()) {
                List<String> cols = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT column_name, data_type FROM"
                        + " information_schema.columns WHERE table_name = ? ORDER BY ordinal_position")) {
                    ps.setString(1, table);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            // As text: lists and blobs then compare by content, not by JDBC object identity.
                            String col = "CAST(\"" + rs.getString(1) + "\" AS VARCHAR)";
                            if (timestamps || !rs.getString(2).startsWith("TIMESTAMP")) cols.add(col);
                        }
                    }
                }
                List<String> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", cols) + " FROM " + table
                        + " ORDER BY ALL"); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= cols.size(); i++) {
                            b.append(rs.getString(i)).append(" | ");
                        }
                        rows.add(b.toString());
                    }
                }
                out.put(table, rows);
            }
        }
        return out;
    }
}
