package org.diurna.reading;

import java.util.LinkedHashMap;
import java.util.Map;
import org.diurna.model.Event;
import org.diurna.model.Figure;
import org.diurna.model.Mention;
import org.diurna.model.Participant;
import org.diurna.model.Quote;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.diurna.text.Printable;

/**
 * The reading as an analyst reads it in a terminal: WHO → WHAT → WHOM, WHEN, WHERE (according to ...), then quotes
 * with their speakers, figures and entities. Colour only when asked (a terminal).
 */
public final class Report {
    private final boolean color;
    private final StringBuilder b = new StringBuilder();

    private Report(boolean color) {
        this.color = color;
    }

    public static String of(Document doc, boolean color) {
        return new Report(color).render(doc);
    }

    private String render(Document doc) {
        var json = ReadingJson.document(doc);
        String title = json.path("title").isNull() ? doc.article().id() : json.path("title").asText();
        line(style("1", text(title)));
        line(style("2", json.path("language").asText() + " · published "
                + (doc.article().published() == null ? "unknown" : doc.article().published())
                + (json.path("credit").isNull() ? "" : " · credit " + text(json.path("credit").asText()))
                + " · " + doc.get(Layers.EVENTS).size() + " events · " + doc.get(Layers.QUOTES).size() + " quotes · "
                + doc.get(Layers.FIGURES).size() + " figures"));
        if (doc.article().published() == null) {
            line(style("33", "! no publication date: relative dates are not resolved (use --published YYYY-MM-DD)"));
        }
        section("EVENTS");
        for (Event e : doc.get(Layers.EVENTS)) event(e);
        section("QUOTES");
        for (Quote q : doc.get(Layers.QUOTES)) {
            line("  « " + text(q.text()) + " » — " + (q.speaker() == null ? style("2", "speaker unknown")
                    : style("36", text(q.speaker().name()))));
        }
        section("FIGURES");
        for (Figure f : doc.get(Layers.FIGURES)) {
            line("  " + f.qualifier() + " " + number(f.value()) + " " + f.unit()
                    + (f.place() == null ? "" : " (" + text(f.place()) + ")")
                    + style("2", "  \"" + text(f.evidenceText()) + "\""));
        }
        section("ENTITIES");
        entities(doc);
        return b.toString();
    }

    private void event(Event e) {
        String what = e.plover() + (e.mode() == null ? "" : "/" + e.mode()) + " [" + e.cameo() + "]";
        line("  " + style("2", e.id()) + "  " + who(e.source()) + (e.symmetric() ? " ↔ " : " → ") + style("1;33", what)
                + (e.symmetric() ? " ↔ " : " → ") + who(e.target()));
        String when = e.date() == null ? "undated" : e.date() + " (" + e.datePrecision() + ")";
        String where = e.place() == null ? "" : " · " + text(e.place().name()) + ", " + e.place().country();
        String by = e.attributedTo().isEmpty() ? "" : " · according to " + text(String.join(", ", e.attributedTo()));
        String fact = e.factuality().equals("asserted") ? e.factuality() : style("35", e.factuality());
        line("      " + when + where + " · " + fact + by + " · " + e.mentions().size() + " mention"
                + (e.mentions().size() > 1 ? "s" : ""));
        line("      " + style("2", "\"" + text(e.evidenceText()) + "\""));
    }

    private String who(Participant p) {
        if (p == null) return style("2", "(unspecified)");
        return style("36", text(p.name())) + style("2", " (" + p.code() + ")");
    }

    private void entities(Document doc) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Mention m : doc.get(Layers.MENTIONS)) {
            if (!Entities.isEntity(m) || "credit".equals(m.how())) continue;
            // "le président français" before "Emmanuel Macron" is the same person, listed once
            if ("GROUP".equals(m.type()) && m.actor() != null && m.actor().id() != null
                    && m.actor().id().startsWith("person:")) continue;
            String name = m.actor() != null && m.actor().id() != null ? m.actor().name()
                    : doc.text().substring(m.start(), m.end());
            String key = m.type() + "|" + name;
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
            String code = m.actor() != null ? m.actor().code() + (m.actor().role() == null ? "" : ", " + m.actor().role())
                    : m.place() != null ? m.place().name() + ", " + m.place().country() : "";
            labels.putIfAbsent(key, String.format("  %-13s %-34s %s", m.type(), text(name), text(code)));
        }
        for (var e : labels.entrySet()) line(e.getValue() + style("2", "  ×" + counts.get(e.getKey())[0]));
    }

    private void section(String name) {
        line("");
        line(style("1;4", name));
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format("%,d", (long) v) : String.valueOf(v);
    }

    /**
     * A piece of the article (title, quote, name, evidence) as one printable line: its line breaks are spaces, and
     * the control characters left (an escape sequence, a right-to-left override) are shown, not obeyed.
     */
    private static String text(String s) {
        return Printable.of(s.replaceAll("\\s+", " "));
    }

    private String style(String code, String s) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    private void line(String s) {
        b.append(s).append('\n');
    }

}
