package org.diurna.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.diurna.events.Lexicon;
import org.diurna.model.Event;
import org.diurna.model.Mention;
import org.diurna.model.Participant;
import org.diurna.model.Sentence;
import org.diurna.model.Token;

/**
 * Whom a reaction answers when its clause names an act, not an actor: "Téhéran a dénoncé une décision
 * « injustifiable » et menacé de mesures de rétorsion" after "l'Union européenne a adopté des sanctions contre la
 * police iranienne" accuses and threatens the EU; "le Front a dénoncé une arrestation « politique » et réclamé sa
 * libération" after "Ghannouchi a été arrêté par des policiers" blames the Tunisian state; "Kigali a démenti tout
 * soutien aux rebelles" answers whoever accused Rwanda. The act's doer is the source of the act the text told earlier
 * that struck the reacting side's country: of the act's own type when a denunciation's noun names one ("une
 * agression": the last attack on it, anywhere before), else the last such act of the two sentences before (a demand
 * or a threat names what it wants, "sa libération", not what it answers). A denial answers the accusation
 * against its country told two sentences around it. The doer's armed forces or police stand for their state: one
 * denounces a government for what its soldiers did. A threat first keeps up the pressure its author just put on
 * someone (the target of its demand or accusation of the two sentences before).
 */
public final class Reactions {
    /** PLOVER types of a reaction whose target may be the doer of an act it names. */
    private static final Set<String> TYPES = Set.of("ACCUSE", "REJECT", "THREATEN", "REQUEST");
    /** Sentences before a reaction in which an act of no named type is looked for. */
    private static final int RECENT = 2;

    /**
     * A reaction with no target, told in the sentence {@code sentence}: {@code act} is the noun naming what it
     * answers ("arrestation"), empty when its clause names no thing ("a démenti", "a prévenu que…").
     */
    public record Candidate(Event event, int sentence, String act) {}

    private Reactions() {}

    /**
     * The candidate a built event is, or null: a verb's reaction with a source and no target whose object is a thing,
     * not a person or a name ("a dénoncé Kiev" names its target; "a dénoncé le journaliste" is about someone).
     */
    public static Candidate candidate(Event e, Token trigger, Tree tree, List<Mention> mentions) {
        if (!TYPES.contains(e.plover()) || e.target() != null || e.source() == null || e.source().country() == null
                || !trigger.isVerbal()) {
            return null;
        }
        Token thing = tree.child(trigger, "obj");
        if (thing == null) {
            for (Token c : tree.children(trigger)) {
                if (c.deprel().startsWith("obl") && tree.caseOf(c).equals("de")) thing = c;
            }
        }
        if (thing == null) return new Candidate(e, tree.sentence().index(), "");
        if (!thing.isCommonNoun() || named(thing, mentions)) return null;
        return new Candidate(e, tree.sentence().index(), thing.word());
    }

    /** Whether a mention (a person, a group, a place) covers the noun: "le journaliste" is someone, not an act. */
    private static boolean named(Token t, List<Mention> mentions) {
        for (Mention m : mentions) if (m.start() <= t.start() && t.end() <= m.end()) return true;
        return false;
    }

    /** The article's events with each candidate's target given, where an earlier act names it. */
    public static List<Event> resolve(List<Event> events, List<Candidate> candidates, List<Sentence> sentences,
                                      Lexicon lexicon) {
        if (candidates.isEmpty()) return events;
        List<Event> out = new ArrayList<>(events);
        // each event's sentence, once (a filled-in event keeps its evidence, hence its sentence)
        java.util.Map<org.diurna.model.Span, Integer> at = new java.util.HashMap<>();
        for (Event e : events) at.put(e.evidence(), sentenceOf(e, sentences));
        for (Candidate c : candidates) {
            int i = indexOf(out, c.event());
            if (i < 0) continue;
            Participant doer = doer(c, out, at, lexicon);
            if (doer != null) out.set(i, c.event().withParticipants(c.event().source(), doer));
        }
        return out;
    }

    private static Participant doer(Candidate c, List<Event> events, java.util.Map<org.diurna.model.Span, Integer> at,
                                    Lexicon lexicon) {
        String country = c.event().source().country();
        if (c.event().plover().equals("THREATEN")) {
            // "Madrid demande aux autorités catalanes de préciser leur position. Il menace d'utiliser l'article
            // 155": a threat keeps up the pressure its author just put on someone
            Participant pressed = pressed(c, events, at);
            if (pressed != null) return pressed;
        }
        // a denunciation or a denial names what happened ("une agression"); a demand or a threat names what it wants
        // or promises ("sa libération", "des sanctions"), which is no earlier act
        boolean answers = c.event().plover().equals("ACCUSE") || c.event().plover().equals("REJECT");
        String type = c.act().isEmpty() || !answers ? null : lexicon.nounType(c.act());
        Event found = null;
        for (Event e : events) {
            if (e == c.event()) break;
            int s = at.getOrDefault(e.evidence(), -1);
            boolean near = s <= c.sentence() && c.sentence() - s <= RECENT;
            if ((type == null ? near : type.equals(e.plover())) && strikes(e, c.event(), country)) found = e;
        }
        if (found == null && c.event().plover().equals("REJECT")) {
            for (Event e : events) {
                int s = at.getOrDefault(e.evidence(), -1);
                if (e.plover().equals("ACCUSE") && Math.abs(s - c.sentence()) <= RECENT
                        && strikes(e, c.event(), country)) {
                    found = e;
                    break;
                }
            }
        }
        return found == null ? null : state(found.source());
    }

    /** The target of the last demand, accusation or threat of the same author, in its sentence or the two before. */
    private static Participant pressed(Candidate c, List<Event> events, java.util.Map<org.diurna.model.Span, Integer> at) {
        Participant by = c.event().source();
        Participant found = null;
        for (Event e : events) {
            if (e == c.event()) break;
            int s = at.getOrDefault(e.evidence(), -1);
            if (s > c.sentence() || c.sentence() - s > RECENT || e.target() == null || e.source() == null) continue;
            if (!TYPES.contains(e.plover()) || !Objects.equals(by.country(), e.source().country())
                    || !Objects.equals(by.sector(), e.source().sector())) continue;
            found = e.target();
        }
        return found;
    }

    /** Whether an act struck the reacting side's country, by someone other than the reacting actor itself. */
    private static boolean strikes(Event act, Event reaction, String country) {
        if (act == reaction || act.source() == null || act.target() == null) return false;
        if (!country.equals(act.target().country())) return false;
        Participant by = act.source();
        if (by.country() == null && by.sector() == null) return false;
        return !(Objects.equals(by.country(), reaction.source().country())
                && Objects.equals(by.sector(), reaction.source().sector()));
    }

    /** A state's soldiers or police stand for their state. */
    private static Participant state(Participant p) {
        if (p.country() == null || !("MIL".equals(p.sector()) || "COP".equals(p.sector()))) return p;
        return new Participant(p.name(), p.country(), "GOV", null, null, p.start(), p.end());
    }

    private static int sentenceOf(Event e, List<Sentence> sentences) {
        int at = e.evidence() == null ? 0 : e.evidence().start();
        for (Sentence s : sentences) if (at >= s.start() && at < s.end()) return s.index();
        return -1;
    }

    private static int indexOf(List<Event> events, Event e) {
        for (int i = 0; i < events.size(); i++) if (events.get(i) == e) return i;
        return -1;
    }
}
