package org.diurna.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diurna.model.Problem;
import org.diurna.store.ArticleRow;

/** What the database holds, apart from events: signatures for the caller's index, problems, table sizes. */
public final class Catalog {
    private final Connection c;

    public Catalog(Connection c) {
        this.c = c;
    }

    /** Every stored article, so that the key set is also the list of what is stored; null for no signature. */
    public Map<String, byte[]> signatures() throws SQLException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        Sql.list(c, "SELECT article_id, minhash FROM articles ORDER BY ingest_seq",
                rs -> out.put(rs.getString(1), rs.getBytes(2)));
        return out;
    }

    public Optional<ArticleRow> article(String articleId) throws SQLException {
        List<String> codes = Sql.list(c, "SELECT DISTINCT code FROM (SELECT unnest([source_country,"
                + " source_country || source_sector, target_country, target_country || target_sector]) AS code"
                + " FROM events WHERE event_id IN (SELECT event_id FROM mentions WHERE article_id = ?))"
                + " WHERE code IS NOT NULL ORDER BY code", rs -> rs.getString(1), articleId);
        return Sql.one(c, "SELECT * FROM articles WHERE article_id = ?", rs -> new ArticleRow(
                rs.getString("article_id"), rs.getLong("ingest_seq"), rs.getString("source"), rs.getString("url"),
                rs.getString("outlet"), rs.getString("title"), Sql.date(rs, "published"), rs.getString("language"),
                rs.getString("text"), rs.getString("duplicate_of"), rs.getDouble("similarity"),
                Sql.timestamp(rs, "ingested_at"), codes), articleId);
    }

    public List<Problem> problems() throws SQLException {
        return Sql.list(c, "SELECT code, source, detail FROM problems ORDER BY first_seen, source, code",
                rs -> new Problem(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public Map<String, Long> counts() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        // Names from the schema's fixed list, not from a caller: safe in the SQL text (a name cannot be bound).
        for (String t : ParquetCopy.tables()) {
            if (!t.equals("meta")) out.put(t, Sql.count(c, "SELECT count(*) FROM " + t));
        }
        return out;
    }
}
