package org.diurna.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Prepared statements with bound parameters, the only way this store talks to DuckDB: no value is ever spliced into
 * SQL text. Strings, numbers, booleans, dates, timestamps, byte arrays and string collections (VARCHAR[]) bind.
 */
public final class Sql {
    /** Reads one row; may throw, the caller wraps. */
    @FunctionalInterface
    public interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Sql() {}

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, params);
            return ps.executeUpdate();
        }
    }

    public static <T> List<T> list(Connection c, String sql, Mapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return list(c, ps, mapper, params);
        }
    }

    /** Runs a statement of {@code c} prepared earlier, with these parameters; the statement stays open. */
    static <T> List<T> list(Connection c, PreparedStatement ps, Mapper<T> mapper, Object... params)
            throws SQLException {
        bind(c, ps, params);
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(mapper.map(rs));
        }
        return out;
    }

    public static <T> Optional<T> one(Connection c, String sql, Mapper<T> mapper, Object... params)
            throws SQLException {
        List<T> rows = list(c, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    public static long count(Connection c, String sql, Object... params) throws SQLException {
        return one(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    static void bind(Connection c, PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int at = i + 1;
            if (p == null) ps.setNull(at, Types.NULL);
            else if (p instanceof Collection<?> list) ps.setArray(at, c.createArrayOf("VARCHAR", list.toArray()));
            else if (p instanceof byte[] bytes) ps.setBytes(at, bytes);
            else if (p instanceof LocalDate || p instanceof LocalDateTime) ps.setObject(at, p);
            else if (p instanceof Integer || p instanceof Long || p instanceof Double || p instanceof Boolean
                    || p instanceof String) ps.setObject(at, p);
            else throw new IllegalArgumentException("cannot bind " + p.getClass().getName());
        }
    }

    /** Nullable column readers: JDBC's getInt/getDouble turn NULL into 0, which would be a lie here. */
    public static Integer integer(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    public static Double dbl(ResultSet rs, String col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    public static LocalDate date(ResultSet rs, String col) throws SQLException {
        return rs.getObject(col, LocalDate.class);
    }

    public static LocalDateTime timestamp(ResultSet rs, String col) throws SQLException {
        return rs.getObject(col, LocalDateTime.class);
    }

    /** A VARCHAR[] column as a list; NULL reads as empty. */
    public static List<String> strings(ResultSet rs, String col) throws SQLException {
        java.sql.Array a = rs.getArray(col);
        if (a == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) a.getArray()) if (o != null) out.add(o.toString());
        return out;
    }
}
