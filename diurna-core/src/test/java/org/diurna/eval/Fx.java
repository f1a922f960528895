package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Hand-made gold and produced readings for the scorer tests. */
final class Fx {
    static final ObjectMapper M = new ObjectMapper();

    private Fx() {}

    static JsonNode json(String s) {
        try {
            return M.readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(s, e);
        }
    }

    /** A reading with the given events (and nothing else). */
    static ObjectNode events(ObjectNode... events) {
        ObjectNode r = M.createObjectNode();
        ArrayNode a = r.putArray("events");
        for (ObjectNode e : events) a.add(e);
        return r;
    }

    /** An event; {@code source}/{@code target} are "CTRY SECTOR" ("FRA GOV"), a null date leaves it out. */
    static ObjectNode ev(String id, String plover, String source, String target, String date) {
        ObjectNode e = M.createObjectNode().put("id", id).put("plover", plover);
        e.set("source", actor(source));
        e.set("target", actor(target));
        if (date != null) e.put("date", date);
        return e.put("factuality", "asserted");
    }

    static ObjectNode actor(String codes) {
        String[] p = codes.split(" ");
        ObjectNode a = M.createObjectNode().put("name", "someone from " + p[0]).put("country", p[0]);
        if (p.length > 1) a.put("sector", p[1]);
        return a;
    }

    /** Gives an event an evidence span. */
    static ObjectNode at(ObjectNode e, int start, int end) {
        e.putObject("evidence").put("start", start).put("end", end);
        return e;
    }
}
