package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Gold and produced events of one article side by side, each with its key, its fate (matched, missed and why,
 * extra and why) and its evidence: what {@code diurna eval --show-errors} prints.
 */
public final class EventDiff {
    private EventDiff() {}

    public static String of(JsonNode gold, JsonNode produced, ScoreReport r) {
        Map<String, String> goldFate = new HashMap<>();
        Map<String, String> producedFate = new HashMap<>();
        for (EventPair m : r.matched()) {
            goldFate.put(m.goldId(), "ok = " + m.producedId());
            producedFate.put(m.producedId(), "ok = " + m.goldId());
        }
        for (MissedEvent m : r.missed()) goldFate.put(m.goldId(), m.kind().label() + ": " + m.why());
        for (ExtraEvent x : r.falsePositiveEvents()) {
            producedFate.put(x.id(), x.kind().label() + (x.note().isEmpty() ? "" : " " + x.note()));
        }
        for (ExtraEvent x : r.backgroundAccepted()) producedFate.put(x.id(), "not counted: background " + x.note());
        StringBuilder b = new StringBuilder();
        b.append("  gold\n");
        int i = 0;
        for (JsonNode e : gold.path("events")) {
            String id = Texts.id(e, i++);
            line(b, id, EventKey.of(e).summary(), goldFate.getOrDefault(id, ""), Texts.str(e, "evidence"));
        }
        b.append("  produced\n");
        i = 0;
        for (JsonNode e : produced.path("events")) {
            String id = Texts.id(e, i++);
            JsonNode ev = e.get("evidence");
            String evidence = ev == null ? "" : ev.isTextual() ? ev.asText() : Texts.str(ev, "text");
            String fact = Texts.str(e, "factuality");
            String key = EventKey.of(e).summary() + (fact.isEmpty() || fact.equals("asserted") ? "" : " " + fact);
            line(b, id, key, producedFate.getOrDefault(id, ""), evidence);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String id, String key, String fate, String evidence) {
        b.append(String.format(Locale.ROOT, "    %-4s %-48s %s%n", id, key, fate));
        if (!evidence.isEmpty()) b.append("         \"").append(evidence.replaceAll("\\s+", " ")).append("\"\n");
    }
}
