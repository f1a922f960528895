package org.diurna.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diurna.store.EventQuery;

/** Copies tables to Parquet files with DuckDB's own writer (types and lists kept, readable by any Parquet tool). */
public final class ParquetCopy {
    /** Every table of the schema, with the order its rows are written in (so that two exports compare equal). */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("articles", "ingest_seq");
        TABLES.put("events", "event_no");
        TABLES.put("mentions", "event_id, article_id, local_id");
        TABLES.put("entities", "article_id, entity_no");
        TABLES.put("actors", "actor_key");
        TABLES.put("quotes", "article_id, quote_no");
        TABLES.put("figures", "article_id, figure_no");
        TABLES.put("problems", "source, code");
        TABLES.put("meta", "key");
    }

    private ParquetCopy() {}

    public static List<String> tables() {
        return List.copyOf(TABLES.keySet());
    }

    /**
     * Writes {@code table} to {@code file}. The query restricts {@code events} and {@code mentions} to the events it
     * selects; the other tables are written whole. The table name is checked against the schema's list before it
     * goes into the SQL text, as a table name cannot be a bound parameter; the path and filter values are bound.
     */
    public static void copy(Connection c, String table, EventQuery q, Path file) throws SQLException {
        String order = TABLES.get(table);
        if (order == null) throw new IllegalArgumentException("no table " + table + "; tables: " + tables());
        List<Object> params = new ArrayList<>();
        String where = "";
        if ((table.equals("events") || table.equals("mentions")) && !selectsAll(q)) {
            EventFilter f = EventFilter.of(q);
            where = " WHERE event_id IN (" + EventReader.idsSql(f) + ")";
            params.addAll(f.params());
            params.add((long) q.limit());
            params.add(q.offset());
        }
        params.add(file.toAbsolutePath().toString());
        // Numbered parameters: DuckDB binds a positional '?' target of COPY before those of the query inside it.
        Sql.update(c, numbered("COPY (SELECT * FROM " + table + where + " ORDER BY " + order
                + ") TO ? (FORMAT PARQUET)"), params.toArray());
    }

    /** Replaces each '?' by $1, $2... in text order (the SQL here is ours: no '?' inside a literal). */
    static String numbered(String sql) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (char ch : sql.toCharArray()) {
            if (ch == '?') b.append('$').append(++n);
            else b.append(ch);
        }
        return b.toString();
    }

    private static boolean selectsAll(EventQuery q) {
        return q.selectsAll() && q.after() == null && q.offset() == 0 && q.limit() == Integer.MAX_VALUE;
    }
}
