package org.diurna.events.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diurna.model.Event;
import org.diurna.model.Sentence;
import org.diurna.model.Token;

/**
 * Events of one sentence that are one happening, or none: an event noun and the verb that carries it out ("imposed
 * sanctions", "began joint exercises") are one event; an act named under an accusation or a request ("accused Minsk
 * of orchestrating", "urged the authorities to release him") is its content, not a second event. Run after the
 * sentence's triggers are built, on the events each trigger token made.
 */
public final class OneHappening {
    private OneHappening() {}

    private static boolean hasMode(Event e) {
        return e.mode() != null && !e.mode().isBlank();
    }

    /** Types whose complement clause tells what is alleged or asked for, not a second happening. */
    private static final Set<String> CONTENT_TAKERS = Set.of("ACCUSE", "REQUEST");

    /**
     * "accused Minsk of orchestrating the crisis", "urged the authorities to release him": the act a clause under an
     * accusation or a request names is its content (alleged, or asked for); only the accusation or the request
     * happened.
     */
    public static void dropWhatIsAlleged(Sentence s, java.util.Map<Integer, List<Event>> byTrigger, List<Event> out) {
        for (var e : byTrigger.entrySet()) {
            Token t = s.token(e.getKey());
            if (!t.isVerbal() || e.getValue().stream().anyMatch(m -> CONTENT_TAKERS.contains(m.plover()))) continue;
            Token taker = taker(s, t, byTrigger);
            if (taker != null) {
                if (Trace.ON) Trace.log(t.word(), "content of " + taker.word());
                out.removeAll(e.getValue());
            }
        }
    }

    /** Clauses climbed from an act to the accusation or request it may be the content of. */
    private static final int MAX_CLIMB = 3;

    /**
     * The accusation or request whose content clause holds {@code t}, climbing complement clauses ("urged X to set up
     * a zone to protect the population"); an infinitive the parser hangs on the request's object ("a exhorté les
     * Etats-Unis à instaurer") counts as the request's own; or null.
     */
    private static Token taker(Sentence s, Token t, java.util.Map<Integer, List<Event>> byTrigger) {
        for (int i = 0; i < MAX_CLIMB && t.head() >= 0; i++) {
            String r = t.deprel();
            Token h = s.token(t.head());
            if (r.equals("acl") && h.isNominal() && h.deprel().equals("obj") && h.head() >= 0) {
                h = s.token(h.head());
            } else if (!(r.equals("xcomp") || r.equals("ccomp") || r.equals("advcl"))) {
                return null;
            }
            List<Event> above = byTrigger.get(h.index());
            if (above != null && above.stream().anyMatch(a -> CONTENT_TAKERS.contains(a.plover()))) return h;
            t = h;
        }
        return null;
    }

    /**
     * "imposed sanctions on Iran", "sanctions were imposed", "launched an attack": an event noun that is the object or
     * subject of a verb which made an event of the same type is that event's own word, not a second event.
     */
    public static void dropNounsOfTheirVerb(Sentence s, java.util.Map<Integer, List<Event>> byTrigger,
                                             List<Event> out) {
        for (var e : byTrigger.entrySet()) {
            Token noun = s.token(e.getKey());
            if (!noun.isNominal() || noun.head() < 0) continue;
            List<Event> verbs = byTrigger.get(noun.head());
            if (verbs == null || !s.token(noun.head()).isVerbal()) continue;
            String type = e.getValue().get(0).plover();
            if (verbs.stream().noneMatch(v -> v.plover().equals(type))) continue;
            // the more specific coding of the two stays: "began joint exercises" is a military exercise by its noun;
            // an event noun as the subject is the deed, its verb what the deed did ("l'attaque chimique a tué…")
            boolean nounSays = hasMode(e.getValue().get(0)) && verbs.stream().noneMatch(OneHappening::hasMode)
                    || noun.deprel().startsWith("nsubj");
            if (Trace.ON) Trace.log(noun.word(), "noun of its own verb's event " + type + (nounSays ? ", noun kept" : ""));
            if (!nounSays) {
                out.removeAll(e.getValue());
                continue;
            }
            // "staged a demonstration against Germany": the verb found whom, the noun what; one event of both
            Event verb = verbs.stream().filter(v -> v.plover().equals(type)).findFirst().orElseThrow();
            for (Event n : e.getValue()) {
                int i = out.indexOf(n);
                if (i >= 0) out.set(i, n.withParticipants(n.source() != null ? n.source() : verb.source(),
                        n.target() != null ? n.target() : verb.target()));
            }
            out.removeAll(verbs);
        }
    }
}
