package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;

/** Renders a {@link ScoreReport} as compact text or as JSON. */
final class ReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportWriter() {}

    static String text(ScoreReport r) {
        StringBuilder b = new StringBuilder();
        for (MissedEvent m : r.missed()) {
            line(b, "MISSED %s %s [%s]: %s", m.goldId(), m.gold(), m.kind().label(), m.why());
        }
        for (ExtraEvent x : r.falsePositiveEvents()) {
            line(b, "EXTRA %s %s %s %s [%s%s]", x.id(), x.plover(), x.dyad(), x.date().isEmpty() ? "(undated)" : x.date(),
                    x.kind().label(), x.note().isEmpty() ? "" : " " + x.note());
        }
        for (MustNotResult m : r.mustNotViolated()) {
            line(b, "MUST_NOT %s: %s", m.what(), String.join("; ", m.details()));
        }
        for (QuoteResult q : r.quotes()) {
            if (!q.found()) line(b, "QUOTE not found: «%s»", q.text());
            else if (!q.speakerRight()) {
                line(b, "QUOTE wrong speaker: «%s» by '%s' (want one of %s)", q.text(), q.producedSpeaker(),
                        String.join(", ", q.expectedSpeakers()));
            }
        }
        for (EntityResult e : r.entities()) {
            if (!e.right()) line(b, "ENTITY %s %s: %s", e.text(), e.type(), e.detail());
        }
        line(b, "events: TP %d FP %d FN %d  P %.3f R %.3f F1 %.3f  (background accepted %d)",
                r.truePositives(), r.falsePositives(), r.falseNegatives(), r.precision(), r.recall(), r.f1(),
                r.backgroundAccepted().size());
        line(b, "type + dyad: TP %d FP %d  F1 %.3f", r.dyadTruePositives(), r.dyadFalsePositives(), r.dyadF1());
        line(b, "must_not: %d of %d violated", r.mustNotViolated().size(), r.mustNot().size());
        line(b, "quotes: found %d of %d, right speaker %d", r.quotesFound(), r.quotesTotal(), r.quotesRight());
        line(b, "entities: found %d of %d, right %d", r.entitiesFound(), r.entitiesTotal(), r.entitiesRight());
        return b.toString();
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    static JsonNode json(ScoreReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode ev = root.putObject("events");
        ev.put("tp", r.truePositives()).put("fp", r.falsePositives()).put("fn", r.falseNegatives());
        ev.put("precision", r.precision()).put("recall", r.recall()).put("f1", r.f1());
        ev.set("matched", MAPPER.valueToTree(r.matched()));
        ev.set("missed", MAPPER.valueToTree(r.missed()));
        ev.set("false_positives", MAPPER.valueToTree(r.falsePositiveEvents()));
        ev.putObject("type_dyad").put("tp", r.dyadTruePositives()).put("fp", r.dyadFalsePositives())
                .put("f1", r.dyadF1());
        ev.set("background_accepted", MAPPER.valueToTree(r.backgroundAccepted()));
        ObjectNode mn = root.putObject("must_not");
        mn.put("violated", r.mustNotViolated().size()).put("total", r.mustNot().size());
        mn.set("items", MAPPER.valueToTree(r.mustNot()));
        ObjectNode q = root.putObject("quotes");
        q.put("found", r.quotesFound()).put("right", r.quotesRight()).put("total", r.quotesTotal());
        q.set("items", MAPPER.valueToTree(r.quotes()));
        ObjectNode en = root.putObject("entities");
        en.put("found", r.entitiesFound()).put("right", r.entitiesRight()).put("total", r.entitiesTotal());
        en.set("items", MAPPER.valueToTree(r.entities()));
        return root;
    }
}
