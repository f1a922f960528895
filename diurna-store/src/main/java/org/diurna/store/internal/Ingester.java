package org.diurna.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import org.diurna.model.Problem;
import org.diurna.store.StoredArticle;

/**
 * Adds one article in one transaction: its row, its entities, quotes and figures, its event mentions and the
 * recounted events. All or nothing, so that an ingest killed at any point and run again ends with the same tables as
 * a run never interrupted: the committed articles are skipped as present, the rest are added as if for the first time.
 */
public final class Ingester {
    private final Connection c;
    private final Clock clock;
    private final ArticleWriter articles;
    private final EventWriter events;
    private final EventRows rows;

    public Ingester(Connection c, Clock clock) {
        this.c = c;
        this.clock = clock;
        this.articles = new ArticleWriter(c);
        this.events = new EventWriter(c);
        this.rows = new EventRows(c);
    }

    /** Adds the article; false (and nothing changed) when its id is already stored. */
    public boolean add(StoredArticle s) throws SQLException {
        c.setAutoCommit(false);
        try {
            if (has(s.articleId())) {
                c.rollback();
                return false;
            }
            LocalDateTime now = LocalDateTime.now(clock);
            articles.article(s, nextSeq(), now);
            // A near-duplicate's entities, quotes and figures are those of its original: storing them again would
            // double every count an analyst makes.
            if (!s.duplicate()) {
                articles.entities(s.articleId(), s.reading());
                articles.quotes(s.articleId(), s.reading());
                articles.figures(s.articleId(), s.reading());
            }
            Set<String> touched = events.events(s, now);
            for (String id : touched) rows.recount(id);
            c.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    public boolean has(String articleId) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM articles WHERE article_id = ?", articleId) > 0;
    }

    public long nextSeq() throws SQLException {
        return Sql.count(c, "SELECT coalesce(max(ingest_seq), 0) + 1 FROM articles");
    }

    /** Records a problem once per (source, code): re-reading the same bad input does not pile up rows. */
    public boolean addProblem(Problem p) throws SQLException {
        return Sql.update(c, "INSERT INTO problems VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                p.where() == null ? "" : p.where(), p.code() == null ? "" : p.code(), p.detail(),
                LocalDateTime.now(clock)) > 0;
    }
}
