package org.diurna.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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
        Span lead = TableValues.lead(doc);
        Set<String> touched = new LinkedHashSet<>();
        List<Event> events = TableValues.events(doc);
        List<String> localIds = TableValues.localIds(events);
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            String localId = localIds.get(i);
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
                rows.insert(eventId, f, TableValues.evidenceText(e, doc.text()), now);
            }
            Sql.update(c, "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS JSON), ?, ?, ?, ?, ?, ?, ?, ?)",
                    TableValues.mention(s.articleId(), localId, eventId, e, doc.text(), lead));
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
        Comparator<EventRows.Candidate> order = Comparator.comparing(EventRows.Candidate::facts,
                        Clustering.dateFirst(f))
                .thenComparing(k -> -k.numMentions())
                .thenComparingLong(EventRows.Candidate::eventNo);
        return rows.candidates(f).stream()
                .filter(k -> !joined.contains(k.eventId()) && Clustering.compatible(k.facts(), f))
                .min(order);
    }
}
