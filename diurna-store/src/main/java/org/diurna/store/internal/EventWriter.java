package org.diurna.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.diurna.model.Event;
import org.diurna.model.Span;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.diurna.store.StoredArticle;

/**
 * Files each event of a reading under an {@code events} row: the best compatible row already stored, else a new row
 * (never for a near-duplicate, whose events only add evidence to what originals told), and records the mention.
 */
final class EventWriter {
    private final Connection c;
    private final EventRows rows;

    EventWriter(Connection c) {
        this.c = c;
        this.rows = new EventRows(c);
    }

    /** Stores the mentions of the reading's events; returns the ids of the rows they joined or created. */
    Set<String> events(StoredArticle s, LocalDateTime now) throws SQLException {
        Document doc = s.reading();
        Span lead = Layered.lead(doc);
        Set<String> touched = new LinkedHashSet<>();
        Set<String> localIds = new HashSet<>();
        List<Event> events = Layered.list(doc, Layers.EVENTS);
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            String localId = e.id() != null ? e.id() : "e" + (i + 1);
            // A reading with two events of one id would break the mention key and lose the whole article.
            if (!localIds.add(localId)) localId = localId + "#" + (i + 1);
            Facts f = Facts.of(e);
            Optional<EventRows.Candidate> best = best(f, touched);
            String eventId;
            if (best.isPresent()) {
                eventId = best.get().eventId();
                rows.refine(best.get(), Clustering.refine(best.get().facts(), f));
            } else if (s.duplicate()) {
                continue; // a copy's event that no original told is not evidence of a new event
            } else {
                eventId = Ids.event(s.articleId(), localId);
                rows.insert(eventId, f, evidenceText(e, doc.text()), now);
            }
            mention(s.articleId(), localId, eventId, e, doc.text(), lead);
            touched.add(eventId);
        }
        return touched;
    }

    /**
     * The compatible row this telling joins. Rows this article already joined are excluded: the reading's merger
     * decided its events are distinct happenings, and the store does not overrule it. Among the rest: an equal date
     * first, then the most told, then the oldest, so that the choice is deterministic.
     */
    private Optional<EventRows.Candidate> best(Facts f, Set<String> joined) throws SQLException {
        Comparator<EventRows.Candidate> order = Comparator
                .comparing((EventRows.Candidate k) -> !Objects.equals(k.facts().date(), f.date()))
                .thenComparing(k -> -k.numMentions())
                .thenComparingLong(EventRows.Candidate::eventNo);
        return rows.candidates(f).stream()
                .filter(k -> !joined.contains(k.eventId()) && Clustering.compatible(k.facts(), f))
                .min(order);
    }

    private void mention(String articleId, String localId, String eventId, Event e, String text, Span lead)
            throws SQLException {
        Span ev = e.evidence() != null ? e.evidence() : e.mentions().isEmpty() ? null : e.mentions().get(0);
        StringBuilder spans = new StringBuilder("[");
        for (Span s : e.mentions()) {
            if (spans.length() > 1) spans.append(',');
            spans.append('[').append(s.start()).append(',').append(s.end()).append(']');
        }
        boolean inLead = ev != null && lead != null && lead.contains(ev.start());
        Sql.update(c, "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS JSON), ?, ?, ?, ?, ?, ?, ?, ?)",
                Ids.mention(articleId, localId), eventId, articleId, localId, ev == null ? null : ev.start(),
                ev == null ? null : ev.end(), evidenceText(e, text), spans.append(']').toString(), e.trigger(),
                e.mode(), e.factuality(), e.date(), e.attributedTo(),
                e.source() == null ? null : e.source().name(), e.target() == null ? null : e.target().name(), inLead);
    }

    private static String evidenceText(Event e, String text) {
        if (e.evidenceText() != null) return e.evidenceText();
        return e.evidence() == null ? null : Layered.cover(text, e.evidence().start(), e.evidence().end());
    }
}
