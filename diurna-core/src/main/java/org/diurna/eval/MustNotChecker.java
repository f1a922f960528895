package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies the {@code must_not} items of a gold file to the produced events, as the reference scorer
 * ({@code score_reading.py}) does: sentence checks act on the sentence around the check's evidence, {@code at_most}
 * counts only asserted events, {@code no_actor} compares whole names.
 */
final class MustNotChecker {
    private static final Set<String> NOT_HAPPENINGS = Set.of("negated", "hypothetical", "planned");
    private final List<JsonNode> events = new ArrayList<>();
    private final String text;

    private MustNotChecker(JsonNode produced, String text) {
        produced.path("events").forEach(events::add);
        this.text = text;
    }

    static List<MustNotResult> check(JsonNode gold, JsonNode produced, String text) {
        MustNotChecker c = new MustNotChecker(produced, text);
        List<MustNotResult> out = new ArrayList<>();
        for (JsonNode item : gold.path("must_not")) out.add(c.item(item));
        return out;
    }

    private MustNotResult item(JsonNode item) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> details = new ArrayList<>();
        boolean violated = false;
        for (JsonNode check : item.path("checks")) {
            String kind = Texts.str(check, "kind");
            List<String> hits = switch (kind) {
                case "no_asserted_event_in" -> inSentence(check, details, false,
                        e -> Texts.str(e, "factuality").isEmpty() || Texts.str(e, "factuality").equals("asserted"));
                case "no_event_dated" -> inSentence(check, details, true,
                        e -> Texts.str(e, "date").equals(Texts.str(check, "date")));
                case "at_most" -> atMost(check);
                case "no_actor" -> noActor(check);
                default -> {
                    details.add("unknown check kind '" + kind + "' not applied");
                    yield List.of();
                }
            };
            if (!hits.isEmpty()) {
                violated = true;
                ids.addAll(hits);
                details.add(describe(kind, check) + ": " + String.join(", ", hits));
            }
        }
        return new MustNotResult(Texts.str(item, "what"), violated, new ArrayList<>(ids), details);
    }

    /** Events in the sentence of the check's evidence that pass {@code test}; anywhere when it is not found and
     *  {@code anywhereIfMissing} (the reference scorer's rule for {@code no_event_dated}). */
    private List<String> inSentence(JsonNode check, List<String> details, boolean anywhereIfMissing,
                                    Predicate<JsonNode> test) {
        String evidence = Texts.str(check, "evidence");
        int[] span = Texts.sentenceAround(text, check.path("evidence").asText(""));
        if (span == null) {
            details.add(Texts.str(check, "kind") + ": evidence '" + evidence + "' not found in the text"
                    + (anywhereIfMissing ? ", applied to the whole text" : ", not applied"));
            if (!anywhereIfMissing) return List.of();
        }
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            if (!test.test(e)) continue;
            boolean inside = span == null;
            for (int[] s : Texts.spans(e, text)) inside |= Texts.overlaps(s, span);
            if (inside) hits.add(Texts.id(e, i));
        }
        return hits;
    }

    private List<String> atMost(JsonNode check) {
        Set<String> want = new HashSet<>();
        check.path("countries").forEach(c -> want.add(c.isNull() ? "" : c.asText().trim().toUpperCase(java.util.Locale.ROOT)));
        String plover = check.path("plover").asText("");
        String date = check.path("date").isNull() ? null : check.path("date").asText(null);
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            EventKey k = EventKey.of(e);
            String d = e.path("date").isNull() ? null : e.path("date").asText(null);
            if (!e.path("plover").asText("").equals(plover) || !java.util.Objects.equals(d, date)) continue;
            if (NOT_HAPPENINGS.contains(e.path("factuality").asText(""))) continue;
            if (new HashSet<>(List.of(k.sourceCountry(), k.targetCountry())).equals(want)) {
                hits.add(Texts.id(e, i));
            }
        }
        return hits.size() > check.path("n").asInt(0) ? hits : List.of();
    }

    private List<String> noActor(JsonNode check) {
        String name = Texts.lower(check.path("name").asText(""));
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            for (String side : List.of("source", "target")) {
                if (name.equals(Texts.norm(Texts.str(Texts.obj(e, side), "name")))) {
                    hits.add(Texts.id(e, i));
                    break;
                }
            }
        }
        return hits;
    }

    private static String describe(String kind, JsonNode check) {
        return switch (kind) {
            case "no_asserted_event_in" -> kind + " '" + Texts.str(check, "evidence") + "'";
            case "no_event_dated" -> kind + " " + Texts.str(check, "date") + " in '" + Texts.str(check, "evidence") + "'";
            case "at_most" -> kind + " " + check.path("n").asInt(0) + " " + Texts.code(check, "plover") + " "
                    + check.path("countries") + " " + Texts.str(check, "date");
            default -> kind + " '" + Texts.str(check, "name") + "'";
        };
    }
}
