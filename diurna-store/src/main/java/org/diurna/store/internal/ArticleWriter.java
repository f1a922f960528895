package org.diurna.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.diurna.store.StoredArticle;

/** Writes an article's own rows: the article, and (for originals) its entities, quotes and figures. */
final class ArticleWriter {
    private final Connection c;

    ArticleWriter(Connection c) {
        this.c = c;
    }

    void article(StoredArticle s, long seq, LocalDateTime now) throws SQLException {
        Sql.update(c, "INSERT INTO articles (article_id, ingest_seq, source, url, outlet, title, published, language,"
                        + " text, duplicate_of, similarity, minhash, ingested_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                TableValues.article(s, seq, now));
    }

    void entities(String articleId, org.diurna.pipeline.Document doc) throws SQLException {
        for (Object[] row : TableValues.entities(articleId, doc)) {
            Sql.update(c, "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row);
        }
    }

    void quotes(String articleId, org.diurna.pipeline.Document doc) throws SQLException {
        for (Object[] row : TableValues.quotes(articleId, doc)) {
            Sql.update(c, "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row);
        }
    }

    void figures(String articleId, org.diurna.pipeline.Document doc) throws SQLException {
        for (Object[] row : TableValues.figures(articleId, doc)) {
            Sql.update(c, "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row);
        }
    }
}
