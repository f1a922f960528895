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
 * joined event keeps the most specific of each field and every mention's span. Once joined, an attack that no mention
 * gave a target other than its place struck that place's civilians (it is only then known that no mention named them).
 * An interaction whose counterpart no mention names is no event where the language's conventions say so
 * ({@code counterpart-types.tsv}: "Berlin s'est réjoui" in French).
 */
public final class EventMerger implements Stage {
    @Override public Set<Layer<?>> requires() { return Set.of(Layers.EVENT_MENTIONS); }

    @Override public Set<Layer<?>> provides() { return Set.of(Layers.EVENTS); }

    @Override public Document apply(Document doc) {
        Lexicon lexicon = Lexicon.of(doc.get(Layers.LANGUAGE));
        List<Event> merged = merge(doc.get(Layers.EVENT_MENTIONS), e -> {
            Predicate p = lexicon.row(e.trigger());
            return p != null && !p.isNoun();
        });
        List<Event> out = new ArrayList<>();
        for (Event e : merged) {
            // "Berlin s'est réjoui": an interaction whose counterpart the text does not name (counterpart-types.tsv)
            if (e.target() == null && lexicon.needsCounterpart(e.plover())) continue;
            out.add((takesGround(lexicon.row(e.trigger())) ? e : placeAttacked(e)).withId("e" + (out.size() + 1)));
        }
        return doc.with(Layers.EVENTS, List.copyOf(out));
    }

    public static List<Event> merge(List<Event> mentions) {
        return merge(mentions, e -> false);
    }

    /**
     * @param clause true for a mention told by a verb clause: undated, it is a happening of the publication day of
     *               its own, not a passing mention of a dated event ("a été défait" is not "l'offensive du 21 septembre")
     */
    public static List<Event> merge(List<Event> mentions, java.util.function.Predicate<Event> clause) {
        List<Event> events = new ArrayList<>();
        for (Event m : mentions) {
            int i = find(events, m, clause);
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

    /** A capture ("a repris Ramadi", "s'est emparé de la ville"): the place taken is no one's people. */
    private static boolean takesGround(Predicate p) {
        if (p == null) return false;
        if ("occupy".equals(p.mode())) return true;
        for (String r : p.requires()) if (r.equals("objplace") || r.contains("@ground")) return true;
        return false;
    }

    /**
     * An attack whose only target is where it struck ("un attentat à Nice", "une voiture a explosé à Ankara"), once
     * no mention has said who was hit, struck the people of that place: the civilians of its country.
     */
    private static Event placeAttacked(Event e) {
        Participant t = e.target();
        if (!"ASSAULT".equals(e.plover()) || t == null || t.sector() != null || t.country() == null
                || t.actorId() == null || !t.actorId().startsWith("place:")) {
            return e;
        }
        return e.withParticipants(e.source(), new Participant(t.name(), t.country(), "CVL", t.role(), t.actorId()
                + ":CVL", t.start(), t.end()));
    }

    private static int find(List<Event> events, Event m, java.util.function.Predicate<Event> clause) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            if (!Same.happening(e, m)) continue;
            if ("publication".equals(m.datePrecision()) && clause.test(m) && longBefore(e, m)
                    || "publication".equals(e.datePrecision()) && clause.test(e) && longBefore(m, e)) continue;
            return i;
        }
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

    /** {@code dated} happened more than a week before the publication day {@code undated} carries. */
    private static boolean longBefore(Event dated, Event undated) {
        if (dated.date() == null || undated.date() == null || dated.date().length() < 10) return dated.date() != null
                && undated.date() != null && !undated.date().startsWith(dated.date());
        try {
            return java.time.LocalDate.parse(dated.date().substring(0, 10))
                    .isBefore(java.time.LocalDate.parse(undated.date()).minusDays(EventExtractor.STORY_DAYS));
        } catch (java.time.format.DateTimeParseException x) {
            return false;
        }
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
