package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Applies the {@code must_not} items of a gold file to the produced events. */
final class MustNotChecker {
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
                case "no_asserted_event_in" -> inSpan(check, details, e -> "asserted".equalsIgnoreCase(
                        Texts.str(e, "factuality")));
                case "no_event_dated" -> inSpan(check, details, e -> Texts.str(e, "date").equals(
                        Texts.str(check, "date")));
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

    private List<String> inSpan(JsonNode check, List<String> details, Predicate<JsonNode> test) {
        String evidence = Texts.str(check, "evidence");
        int[] span = Texts.locate(text, evidence);
        if (span == null) {
            details.add(Texts.str(check, "kind") + ": evidence '" + evidence + "' not found in the text, not applied");
            return List.of();
        }
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            if (Texts.overlaps(Texts.evidenceSpan(e, text), span) && test.test(e)) hits.add(Texts.id(e, i));
        }
        return hits;
    }

    private List<String> atMost(JsonNode check) {
        List<String> want = new ArrayList<>();
        check.path("countries").forEach(c -> want.add(c.asText().trim().toUpperCase(Locale.ROOT)));
        if (want.size() == 1) want.add(want.get(0));
        want.sort(null);
        String plover = Texts.code(check, "plover");
        boolean anyDate = !check.has("date");
        String date = Texts.str(check, "date");
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            EventKey k = EventKey.of(events.get(i));
            List<String> got = new ArrayList<>(List.of(k.sourceCountry(), k.targetCountry()));
            got.sort(null);
            if (k.plover().equals(plover) && got.equals(want) && (anyDate || k.date().equals(date))) {
                hits.add(Texts.id(events.get(i), i));
            }
        }
        return hits.size() > check.path("n").asInt(0) ? hits : List.of();
    }

    private List<String> noActor(JsonNode check) {
        String name = Texts.lower(Texts.str(check, "name"));
        List<String> hits = new ArrayList<>();
        if (name.isEmpty()) return hits;
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            String s = Texts.lower(Texts.str(Texts.obj(e, "source"), "name"));
            String t = Texts.lower(Texts.str(Texts.obj(e, "target"), "name"));
            if (s.contains(name) || t.contains(name)) hits.add(Texts.id(e, i));
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
