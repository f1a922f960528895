package org.diurna.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.diurna.model.Event;
import org.diurna.model.Participant;
import org.diurna.model.Span;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layer;
import org.diurna.pipeline.Layers;
import org.diurna.pipeline.Stage;

/**
 * One real-world happening told several times in an article is one event: mentions of the same type whose
 * participants agree (the same actors, in either order for reciprocal types; a government agrees with one of its
 * members), whose dates agree (or one only has the publication date) and whose factuality agrees are joined. The
 * joined event keeps the most specific of each field and every mention's span.
 */
public final class EventMerger implements Stage {
    @Override public Set<Layer<?>> requires() { return Set.of(Layers.EVENT_MENTIONS); }

    @Override public Set<Layer<?>> provides() { return Set.of(Layers.EVENTS); }

    @Override public Document apply(Document doc) {
        return doc.with(Layers.EVENTS, merge(doc.get(Layers.EVENT_MENTIONS)));
    }

    public static List<Event> merge(List<Event> mentions) {
        List<Event> events = new ArrayList<>();
        for (Event m : mentions) {
            int i = find(events, m);
            if (i < 0) events.add(m);
            else events.set(i, join(events.get(i), m));
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (e.source() == null && e.target() == null) continue;
            out.add(e.withId("e" + (out.size() + 1)));
        }
        return List.copyOf(out);
    }

    private static int find(List<Event> events, Event m) {
        for (int i = events.size() - 1; i >= 0; i--) if (Same.happening(events.get(i), m)) return i;
        return -1;
    }

    private static Event join(Event a, Event b) {
        boolean swap = Same.swapped(a, b);
        Participant bs = swap ? b.target() : b.source();
        Participant bt = swap ? b.source() : b.target();
        boolean bBetter = datePrecisionRank(b) > datePrecisionRank(a);
        List<Span> spans = new ArrayList<>(a.mentions());
        for (Span s : b.mentions()) if (!spans.contains(s)) spans.add(s);
        spans.sort(null);
        List<String> attr = new ArrayList<>(a.attributedTo());
        for (String s : b.attributedTo()) if (!attr.contains(s)) attr.add(s);
        Event best = bBetter ? b : a;
        return new Event(a.id(), a.plover(), a.mode() != null ? a.mode() : b.mode(), a.cameo(),
                Same.moreSpecific(a.source(), bs), Same.moreSpecific(a.target(), bt), a.symmetric() || b.symmetric(),
                best.date(), best.datePrecision(), a.place() != null ? a.place() : b.place(), a.factuality(), attr,
                best.evidence(), best.evidenceText(), spans, a.trigger());
    }

    static int datePrecisionRank(Event e) {
        if (e.datePrecision() == null) return 0;
        return switch (e.datePrecision()) {
            case "day" -> 5;
            case "ongoing" -> 4;
            case "week", "month", "season" -> 3;
            case "year" -> 2;
            case "publication" -> 1;
            default -> 0;
        };
    }

    static boolean datesAgree(Event a, Event b) {
        if ("publication".equals(a.datePrecision()) || "publication".equals(b.datePrecision())) return true;
        return Objects.equals(a.date(), b.date());
    }
}
