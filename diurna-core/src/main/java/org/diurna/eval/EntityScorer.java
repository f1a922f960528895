package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Scores gold entities against produced entities (the gold file's {@code entity_match} rule). */
final class EntityScorer {
    private EntityScorer() {}

    static List<EntityResult> score(JsonNode gold, JsonNode produced) {
        List<EntityResult> out = new ArrayList<>();
        for (JsonNode g : gold.path("entities")) out.add(one(g, produced.path("entities")));
        return out;
    }

    private static EntityResult one(JsonNode g, JsonNode producedEntities) {
        String text = Texts.str(g, "text");
        String type = Texts.code(g, "type");
        Set<String> surfaces = new HashSet<>();
        surfaces.add(Texts.surface(text));
        g.path("also").forEach(a -> surfaces.add(Texts.surface(a.asText())));
        JsonNode chosen = null;
        String wrong = null;
        String otherType = null;
        for (JsonNode p : producedEntities) {
            if (!surfaces.contains(Texts.surface(Texts.str(p, "text")))) continue;
            if (!Texts.code(p, "type").equals(type)) {
                otherType = Texts.code(p, "type");
                continue;
            }
            String w = wrong(g, p);
            if (chosen == null || wrong != null && w == null) {
                chosen = p;
                wrong = w;
            }
        }
        if (chosen == null) {
            String why = otherType == null ? "not found" : "found only as " + (otherType.isEmpty() ? "untyped" : otherType);
            return new EntityResult(text, type, false, false, null, why);
        }
        return new EntityResult(text, type, true, wrong == null, Texts.str(chosen, "text"), wrong == null ? "" : wrong);
    }

    /** What is wrong with a produced entity whose text and type match, or null when it is right. */
    static String wrong(JsonNode g, JsonNode p) {
        JsonNode actor = Texts.obj(g, "actor");
        if (actor != null) {
            String want = codes(actor);
            String got = codes(Texts.obj(p, "actor"));
            return want.equals(got) ? null : "actor " + (got.isBlank() ? "none" : got) + " (want " + want + ")";
        }
        JsonNode place = Texts.obj(g, "place");
        if (place == null) return null;
        JsonNode got = Texts.obj(p, "place");
        String wantCountry = Texts.code(place, "country");
        String gotCountry = Texts.code(got, "country");
        if (!wantCountry.equals(gotCountry)) {
            return "place country " + (gotCountry.isEmpty() ? "none" : gotCountry) + " (want " + wantCountry + ")";
        }
        String wantName = Texts.str(place, "name");
        String gotName = Texts.str(got, "name");
        if (!wantName.isEmpty() && !gotName.isEmpty() && !wantName.equalsIgnoreCase(gotName)) {
            return "place " + gotName + " (want " + wantName + ")";
        }
        return null;
    }

    private static String codes(JsonNode actor) {
        return Texts.code(actor, "country") + " " + Texts.code(actor, "sector");
    }
}
