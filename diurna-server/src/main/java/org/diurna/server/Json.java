package org.diurna.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.diurna.model.Place;
import org.diurna.store.EventActor;
import org.diurna.store.EventMention;
import org.diurna.store.EventRow;

/** JSON of the API: the shapes docs/api.md gives, built explicitly so that field names never drift. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static void send(Context ctx, int status, JsonNode body) {
        send(ctx, status, body, "application/json");
    }

    static void send(Context ctx, int status, JsonNode body, String type) {
        try {
            ctx.status(status).contentType(type + "; charset=utf-8").result(MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    static Object str(Object o) {
        return o == null ? null : o.toString();
    }

    static ObjectNode event(EventRow e) {
        ObjectNode o = object();
        o.put("id", e.eventId());
        o.put("plover", e.plover());
        o.put("mode", e.mode());
        o.put("cameo", e.cameo());
        o.put("quad_class", e.quadClass());
        o.put("goldstein", e.goldstein());
        o.set("source", actor(e.source()));
        o.set("target", actor(e.target()));
        o.put("symmetric", e.symmetric());
        o.put("date", e.date());
        o.put("date_precision", e.datePrecision());
        o.put("day", e.day() == null ? null : e.day().toString());
        o.set("place", place(e.place()));
        o.put("factuality", e.factuality());
        o.put("num_mentions", e.numMentions());
        o.put("num_articles", e.numArticles());
        o.put("num_sources", e.numSources());
        o.set("outlets", strings(e.outlets()));
        o.set("sources", strings(e.sources()));
        o.put("evidence", e.evidence());
        o.put("first_url", e.firstUrl());
        return o;
    }

    static ObjectNode actor(EventActor a) {
        ObjectNode o = object();
        o.put("name", a.name());
        o.put("country", a.country());
        o.put("sector", a.sector());
        o.put("actor_id", a.actorId());
        return o;
    }

    static JsonNode place(Place p) {
        if (p == null) return MAPPER.nullNode();
        ObjectNode o = object();
        o.put("name", p.name());
        o.put("country", p.country());
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        return o;
    }

    static ObjectNode mention(EventMention m) {
        ObjectNode o = object();
        o.put("mention_id", m.mentionId());
        o.put("article_id", m.articleId());
        o.put("url", m.url());
        o.put("outlet", m.outlet());
        o.put("published", m.published() == null ? null : m.published().toString());
        o.put("start", m.start());
        o.put("end", m.end());
        o.put("evidence", m.evidence());
        o.put("trigger", m.trigger());
        o.put("factuality", m.factuality());
        o.put("date", m.date());
        o.set("attributed_to", strings(m.attributedTo()));
        return o;
    }
}
