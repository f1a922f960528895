package org.diurna.reading;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.diurna.model.Actor;
import org.diurna.model.Event;
import org.diurna.model.Figure;
import org.diurna.model.Mention;
import org.diurna.model.Participant;
import org.diurna.model.Place;
import org.diurna.model.Quote;
import org.diurna.model.Span;
import org.diurna.model.Timex;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.diurna.text.PreparedText;

/** A document's reading as the JSON of READING-FORMAT.md (offsets: UTF-16 indexes into the original text). */
public final class ReadingJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ReadingJson() {}

    public static ObjectNode of(Document doc) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("document", document(doc));
        ArrayNode entities = root.putArray("entities");
        for (Mention m : doc.get(Layers.MENTIONS)) if (Entities.isEntity(m)) entities.add(entity(m, doc.text()));
        ArrayNode events = root.putArray("events");
        for (Event e : doc.get(Layers.EVENTS)) events.add(event(e, doc.text()));
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : doc.get(Layers.QUOTES)) {
            ObjectNode n = quotes.addObject().put("text", q.text()).put("start", q.start()).put("end", q.end());
            n.set("speaker", participant(q.speaker()));
        }
        ArrayNode figures = root.putArray("figures");
        for (Figure f : doc.get(Layers.FIGURES)) {
            ObjectNode n = figures.addObject();
            if (f.value() == Math.rint(f.value())) n.put("value", (long) f.value());
            else n.put("value", f.value());
            n.put("qualifier", f.qualifier()).put("unit", f.unit()).put("place", f.place());
            n.set("evidence", span(f.evidence(), doc.text()));
        }
        ArrayNode times = root.putArray("timexes");
        for (Timex t : doc.get(Layers.TIMEXES)) {
            times.addObject().put("text", t.text()).put("start", t.start()).put("end", t.end()).put("type", t.type())
                    .put("value", t.value()).put("rule", t.rule());
        }
        if (!doc.problems().isEmpty()) {
            // what the reading left out (a sentence too long to parse, a run of characters with no space)
            ArrayNode problems = root.putArray("problems");
            for (org.diurna.model.Problem p : doc.problems()) {
                problems.addObject().put("code", p.code()).put("where", p.where()).put("detail", p.detail());
            }
        }
        return root;
    }

    /** The reading's "document" object: language, dates, title, credit, boilerplate. */
    static ObjectNode document(Document doc) {
        PreparedText p = doc.get(Layers.PREPARED);
        ObjectNode d = MAPPER.createObjectNode();
        d.put("id", doc.article().id());
        d.put("language", doc.get(Layers.LANGUAGE));
        d.put("published", doc.article().published() == null ? null : doc.article().published().toString());
        if (doc.article().published() == null) {
            d.put("published_note", "no publication date given: relative dates ('mercredi', 'la veille') are left "
                    + "unresolved; pass --published YYYY-MM-DD to resolve them");
        }
        String title = doc.article().title() != null ? doc.article().title()
                : p.title() == null ? null : p.title().of(doc.text());
        d.put("title", title);
        d.put("credit", p.credit());
        ArrayNode b = d.putArray("boilerplate");
        for (Span s : p.boilerplate()) b.add(span(s, doc.text()));
        return d;
    }

    private static ObjectNode entity(Mention m, String text) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", text.substring(m.start(), m.end())).put("start", m.start()).put("end", m.end());
        n.put("type", Entities.type(m)).put("resolved_by", m.how());
        if (m.actor() != null) n.set("actor", actor(m.actor()));
        if (m.place() != null) n.set("place", place(m.place()));
        return n;
    }

    static ObjectNode event(Event e, String text) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id()).put("plover", e.plover()).put("mode", e.mode()).put("cameo", e.cameo());
        n.set("source", participant(e.source()));
        n.set("target", participant(e.target()));
        n.put("symmetric", e.symmetric()).put("date", e.date()).put("date_precision", e.datePrecision());
        n.set("place", e.place() == null ? null : place(e.place()));
        n.put("factuality", e.factuality());
        ArrayNode a = n.putArray("attributed_to");
        e.attributedTo().forEach(a::add);
        n.set("evidence", span(e.evidence(), text));
        ArrayNode ms = n.putArray("mentions");
        for (Span s : e.mentions()) ms.addObject().put("start", s.start()).put("end", s.end());
        n.put("trigger", e.trigger());
        return n;
    }

    static ObjectNode participant(Participant p) {
        if (p == null) return null;
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", p.name()).put("country", p.country()).put("sector", p.sector());
        if (p.role() != null) n.put("role", p.role());
        if (p.actorId() != null) n.put("actor_id", p.actorId());
        n.put("start", p.start()).put("end", p.end());
        return n;
    }

    private static ObjectNode actor(Actor a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id()).put("name", a.name()).put("country", a.country()).put("sector", a.sector());
        if (a.role() != null) n.put("role", a.role());
        return n;
    }

    private static ObjectNode place(Place p) {
        ObjectNode n = MAPPER.createObjectNode().put("name", p.name()).put("country", p.country()).put("kind", p.kind());
        if (p.lat() != null) n.put("lat", p.lat()).put("lon", p.lon());
        return n;
    }

    private static ObjectNode span(Span s, String text) {
        return MAPPER.createObjectNode().put("start", s.start()).put("end", s.end()).put("text", s.of(text));
    }

}
