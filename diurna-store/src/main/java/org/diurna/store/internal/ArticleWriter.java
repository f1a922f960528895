package org.diurna.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.diurna.model.Actor;
import org.diurna.model.Article;
import org.diurna.model.Figure;
import org.diurna.model.Mention;
import org.diurna.model.Participant;
import org.diurna.model.Place;
import org.diurna.model.Quote;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.diurna.reading.Entities;
import org.diurna.store.StoredArticle;

/** Writes an article's own rows: the article, and (for originals) its entities, quotes and figures. */
final class ArticleWriter {
    private final Connection c;

    ArticleWriter(Connection c) {
        this.c = c;
    }

    void article(StoredArticle s, long seq, LocalDateTime now) throws SQLException {
        Article a = s.article();
        Sql.update(c, "INSERT INTO articles (article_id, ingest_seq, source, url, outlet, title, published, language,"
                        + " text, duplicate_of, similarity, minhash, ingested_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.articleId(), seq, s.source(), a.url(), a.outlet(), Layered.title(s.reading()), a.published(),
                Layered.language(s.reading()), a.text(), s.duplicateOf(), s.similarity(), s.minhash(), now);
    }

    /** Entities as the reading JSON lists them: named mentions and role nouns, not pronouns or coordinations. */
    void entities(String articleId, Document doc) throws SQLException {
        int no = 0;
        for (Mention m : Layered.list(doc, Layers.MENTIONS)) {
            if (!Entities.isEntity(m)) continue;
            Actor a = m.actor();
            Place p = m.place();
            Sql.update(c, "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    articleId, ++no, m.start(), m.end(), Layered.cover(doc.text(), m.start(), m.end()), m.type(),
                    m.how(), a == null ? null : a.id(), a == null ? null : a.name(), a == null ? null : a.country(),
                    a == null ? null : a.sector(), a == null ? null : a.role(), p == null ? null : p.name(),
                    p == null ? null : p.country(), p == null ? null : p.kind(), p == null ? null : p.lat(),
                    p == null ? null : p.lon());
        }
    }

    void quotes(String articleId, Document doc) throws SQLException {
        int no = 0;
        for (Quote q : Layered.list(doc, Layers.QUOTES)) {
            Participant sp = q.speaker();
            Sql.update(c, "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", articleId, ++no, q.start(), q.end(),
                    q.text(), sp == null ? null : sp.name(), sp == null ? null : sp.country(),
                    sp == null ? null : sp.sector(), sp == null ? null : sp.actorId());
        }
    }

    void figures(String articleId, Document doc) throws SQLException {
        int no = 0;
        for (Figure f : Layered.list(doc, Layers.FIGURES)) {
            Integer start = f.evidence() == null ? null : f.evidence().start();
            Integer end = f.evidence() == null ? null : f.evidence().end();
            String text = f.evidenceText() != null || start == null ? f.evidenceText()
                    : Layered.cover(doc.text(), start, end);
            Sql.update(c, "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", articleId, ++no, f.value(),
                    f.qualifier(), f.unit(), f.place(), start, end, text);
        }
    }
}
