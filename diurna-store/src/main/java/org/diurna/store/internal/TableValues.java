package org.diurna.store.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.diurna.model.Actor;
import org.diurna.model.Article;
import org.diurna.model.Event;
import org.diurna.model.Figure;
import org.diurna.model.Mention;
import org.diurna.model.Participant;
import org.diurna.model.Place;
import org.diurna.model.Quote;
import org.diurna.model.Span;
import org.diurna.model.WebUrl;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.diurna.reading.Entities;
import org.diurna.store.StoredArticle;

/**
 * The column values of an article's rows, in the column order of {@code schema.sql}. One definition for the two
 * writers of the schema: the DuckDB store (bound as SQL parameters) and the Spark job (Parquet rows), so that both
 * hold the same values for the same reading.
 */
public final class TableValues {
    private TableValues() {}

    /** The {@code articles} row. */
    public static Object[] article(StoredArticle s, long seq, LocalDateTime now) {
        Article a = s.article();
        // the same URL rule as the readers', for callers that build articles themselves
        return new Object[] {s.articleId(), seq, s.source(), WebUrl.orNull(a.url()), a.outlet(),
                Layered.title(s.reading()), a.published(), Layered.language(s.reading()), a.text(), s.duplicateOf(),
                s.similarity(), s.minhash(), now};
    }

    /** Entities as the reading JSON lists them: named mentions and role nouns, not pronouns or coordinations. */
    public static List<Object[]> entities(String articleId, Document doc) {
        List<Object[]> out = new ArrayList<>();
        int no = 0;
        for (Mention m : Layered.list(doc, Layers.MENTIONS)) {
            if (!Entities.isEntity(m)) continue;
            Actor a = m.actor();
            Place p = m.place();
            out.add(new Object[] {articleId, ++no, m.start(), m.end(), Layered.cover(doc.text(), m.start(), m.end()),
                    m.type(), m.how(), a == null ? null : a.id(), a == null ? null : a.name(),
                    a == null ? null : a.country(), a == null ? null : a.sector(), a == null ? null : a.role(),
                    p == null ? null : p.name(), p == null ? null : p.country(), p == null ? null : p.kind(),
                    p == null ? null : p.lat(), p == null ? null : p.lon()});
        }
        return out;
    }

    public static List<Object[]> quotes(String articleId, Document doc) {
        List<Object[]> out = new ArrayList<>();
        int no = 0;
        for (Quote q : Layered.list(doc, Layers.QUOTES)) {
            Participant sp = q.speaker();
            out.add(new Object[] {articleId, ++no, q.start(), q.end(), q.text(), sp == null ? null : sp.name(),
                    sp == null ? null : sp.country(), sp == null ? null : sp.sector(),
                    sp == null ? null : sp.actorId()});
        }
        return out;
    }

    public static List<Object[]> figures(String articleId, Document doc) {
        List<Object[]> out = new ArrayList<>();
        int no = 0;
        for (Figure f : Layered.list(doc, Layers.FIGURES)) {
            Integer start = f.evidence() == null ? null : f.evidence().start();
            Integer end = f.evidence() == null ? null : f.evidence().end();
            String text = f.evidenceText() != null || start == null ? f.evidenceText()
                    : Layered.cover(doc.text(), start, end);
            out.add(new Object[] {articleId, ++no, f.value(), f.qualifier(), f.unit(), f.place(), start, end, text});
        }
        return out;
    }

    /**
     * The ids of a reading's events in their mention keys: the reading's own id, or e1, e2... by position; a second
     * event of one id gets {@code #position}, since it would otherwise break the key and lose the whole article.
     */
    public static List<String> localIds(List<Event> events) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            String id = e.id() != null ? e.id() : "e" + (i + 1);
            if (!seen.add(id)) id = id + "#" + (i + 1);
            out.add(id);
        }
        return out;
    }

    /** The {@code mentions} row of one event of an article; {@code lead} is the article's lead paragraph or null. */
    public static Object[] mention(String articleId, String localId, String eventId, Event e, String text, Span lead) {
        Span ev = e.evidence() != null ? e.evidence() : e.mentions().isEmpty() ? null : e.mentions().get(0);
        StringBuilder spans = new StringBuilder("[");
        for (Span s : e.mentions()) {
            if (spans.length() > 1) spans.append(',');
            spans.append('[').append(s.start()).append(',').append(s.end()).append(']');
        }
        boolean inLead = ev != null && lead != null && lead.contains(ev.start());
        return new Object[] {Ids.mention(articleId, localId), eventId, articleId, localId,
                ev == null ? null : ev.start(), ev == null ? null : ev.end(), evidenceText(e, text),
                spans.append(']').toString(), e.trigger(), e.mode(), e.factuality(), e.date(),
                List.copyOf(e.attributedTo()), e.source() == null ? null : e.source().name(),
                e.target() == null ? null : e.target().name(), inLead};
    }

    /** The evidence clause of an event: the reading's, else the text its evidence span covers. */
    public static String evidenceText(Event e, String text) {
        if (e.evidenceText() != null) return e.evidenceText();
        return e.evidence() == null ? null : Layered.cover(text, e.evidence().start(), e.evidence().end());
    }

    /** The article's lead paragraph (see {@link Layered#lead}), public for the Spark job. */
    public static Span lead(Document doc) {
        return Layered.lead(doc);
    }

    /** The reading's events, an empty list for a partial reading. */
    public static List<Event> events(Document doc) {
        return Layered.list(doc, Layers.EVENTS);
    }
}
