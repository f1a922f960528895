package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores gold entities against produced entities as the reference scorer does: found when a produced entity has the
 * same text (or one of {@code also}, compared case-insensitively) and type; right when the gold names no actor (nor
 * {@code actor_when_agent}), or some such entity has that actor's country and sector, or the gold place's country.
 */
final class EntityScorer {
    private EntityScorer() {}

    static List<EntityResult> score(JsonNode gold, JsonNode produced) {
        List<EntityResult> out = new ArrayList<>();
        for (JsonNode g : gold.path("entities")) out.add(one(g, produced.path("entities")));
        return out;
    }

    private static EntityResult one(JsonNode g, JsonNode producedEntities) {
        String text = Texts.str(g, "text");
        String type = g.path("type").asText("");
        Set<String> surfaces = new HashSet<>();
        surfaces.add(Texts.norm(text));
        g.path("also").forEach(a -> surfaces.add(Texts.norm(a.asText())));
        List<JsonNode> cands = new ArrayList<>();
        String otherType = null;
        for (JsonNode p : producedEntities) {
            if (!surfaces.contains(Texts.norm(Texts.str(p, "text")))) continue;
            if (p.path("type").asText("").equals(type)) cands.add(p);
            else otherType = p.path("type").asText("");
        }
        if (cands.isEmpty()) {
            String why = otherType == null ? "not found" : "found only as " + (otherType.isEmpty() ? "untyped" : otherType);
            return new EntityResult(text, type, false, false, null, why);
        }
        JsonNode want = Texts.obj(g, "actor") != null ? Texts.obj(g, "actor") : Texts.obj(g, "actor_when_agent");
        JsonNode place = Texts.obj(g, "place");
        for (JsonNode p : cands) {
            boolean actorRight = want == null || codes(want).equals(codes(Texts.obj(p, "actor")));
            boolean placeRight = place != null
                    && Texts.code(place, "country").equals(Texts.code(Texts.obj(p, "place"), "country"));
            if (actorRight || placeRight) return new EntityResult(text, type, true, true, Texts.str(p, "text"), "");
        }
        JsonNode p = cands.get(0);
        String got = codes(Texts.obj(p, "actor"));
        String detail = want != null ? "actor " + (got.isBlank() ? "none" : got) + " (want " + codes(want) + ")"
                : "place country " + Texts.code(Texts.obj(p, "place"), "country") + " (want "
                + Texts.code(place, "country") + ")";
        return new EntityResult(text, type, true, false, Texts.str(p, "text"), detail);
    }

    private static String codes(JsonNode actor) {
        return Texts.code(actor, "country") + " " + Texts.code(actor, "sector");
    }
}
