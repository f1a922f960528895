package org.diurna.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.diurna.model.Place;
import org.diurna.reading.ReadingJson;
import org.diurna.store.EventActor;
import org.diurna.store.EventMention;
import org.diurna.store.EventRow;

/**
 * A stored event as JSON: the event fields of READING-FORMAT.md (so that tools reading one article's events read
 * the database's too), plus the counters and every mention with its article.
 */
final class EventJson {
    private EventJson() {}

    static ObjectNode of(EventRow e, List<EventMention> mentions) {
        ObjectNode n = ReadingJson.MAPPER.createObjectNode();
        n.put("id", e.eventId()).put("plover", e.plover()).put("mode", e.mode()).put("cameo", e.cameo());
        n.set("source", actor(e.source()));
        n.set("target", actor(e.target()));
        n.put("symmetric", e.symmetric()).put("date", e.date()).put("date_precision", e.datePrecision());
        n.put("day", e.day() == null ? null : e.day().toString());
        n.set("place", place(e.place()));
        n.put("factuality", e.factuality());
        ArrayNode attributed = n.putArray("attributed_to");
        e.sources().forEach(attributed::add);
        EventMention first = mentions.isEmpty() ? null : mentions.get(0);
        ObjectNode ev = n.putObject("evidence");
        ev.put("article_id", first == null ? null : first.articleId());
        ev.put("start", first == null ? null : first.start()).put("end", first == null ? null : first.end());
        ev.put("text", e.evidence());
        n.put("quad_class", e.quadClass()).put("goldstein", e.goldstein());
        n.put("num_mentions", e.numMentions()).put("num_articles", e.numArticles())
                .put("num_sources", e.numSources());
        ArrayNode outlets = n.putArray("outlets");
        e.outlets().forEach(outlets::add);
        n.put("first_reported", e.firstReported() == null ? null : e.firstReported().toString());
        n.put("last_reported", e.lastReported() == null ? null : e.lastReported().toString());
        ArrayNode ms = n.putArray("mentions");
        for (EventMention m : mentions) {
            ObjectNode o = ms.addObject().put("article_id", m.articleId()).put("url", m.url())
                    .put("outlet", m.outlet()).put("start", m.start()).put("end", m.end())
                    .put("evidence", m.evidence()).put("local_id", m.localId());
            if (m.duplicateOf() != null) o.put("duplicate_of", m.duplicateOf());
        }
        return n;
    }

    private static ObjectNode actor(EventActor a) {
        if (a.unknown()) return null;
        ObjectNode n = ReadingJson.MAPPER.createObjectNode();
        n.put("name", a.name()).put("country", a.country()).put("sector", a.sector());
        if (a.actorId() != null) n.put("actor_id", a.actorId());
        return n;
    }

    private static ObjectNode place(Place p) {
        if (p == null) return null;
        ObjectNode n = ReadingJson.MAPPER.createObjectNode().put("name", p.name()).put("country", p.country())
                .put("kind", p.kind());
        if (p.lat() != null) n.put("lat", p.lat()).put("lon", p.lon());
        return n;
    }
}
