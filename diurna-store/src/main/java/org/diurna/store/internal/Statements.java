package org.diurna.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prepared statements of one connection, kept for the next query with the same SQL text. DuckDB parses, binds and
 * plans a statement when it is prepared, which for the small queries of an API page cost about as much as running
 * them: preparing each query afresh was 45% of the server's time in DuckDB on a small database (issue 10), and a
 * query run again on a kept statement took 0.2 to 0.5 ms less. At most {@link #MAX} are kept, the least recently used
 * closed first. Not thread-safe: one per connection, used by one thread at a time, as the store's read connections
 * are.
 */
public final class Statements {
    /** Enough for every filter combination the API sees in practice; each holds a plan, not data. */
    static final int MAX = 64;

    private final Connection c;
    private final Map<String, PreparedStatement> kept = new LinkedHashMap<>(MAX, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= MAX) return false;
            close(eldest.getValue());
            return true;
        }
    };

    public Statements(Connection c) {
        this.c = c;
    }

    /** The rows of a query, as {@link Sql#list(Connection, String, Sql.Mapper, Object...)}. */
    public <T> List<T> list(String sql, Sql.Mapper<T> mapper, Object... params) throws SQLException {
        PreparedStatement ps = kept.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            kept.put(sql, ps);
        }
        try {
            return Sql.list(c, ps, mapper, params);
        } catch (SQLException | RuntimeException e) {
            // a statement that failed is not trusted again: the next query prepares it afresh
            kept.remove(sql);
            close(ps);
            throw e;
        }
    }

    /** The single number a query answers, 0 when it answers no row. */
    public long count(String sql, Object... params) throws SQLException {
        List<Long> n = list(sql, rs -> rs.getLong(1), params);
        return n.isEmpty() ? 0 : n.get(0);
    }

    private static void close(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException e) {
            // closing only frees the plan; the connection frees it anyway when it closes
        }
    }
}
