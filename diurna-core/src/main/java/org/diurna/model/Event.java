package org.diurna.model;

import java.util.List;

/**
 * One real-world happening, coded in PLOVER with its CAMEO root, and all the places in the text that tell it.
 *
 * @param plover        PLOVER event type (CONSULT, ASSAULT, ...)
 * @param mode          PLOVER mode (phone, visit, military, ...) or null
 * @param cameo         two-digit CAMEO root code
 * @param symmetric     true for reciprocal events (meetings, agreements) where source and target are interchangeable
 * @param date          ISO 8601 date of the event itself (2016-11-30, 2016-11, 2016-SU) or null when undatable
 * @param datePrecision day, month, season, year, ongoing, publication (no own time expression) or unresolved
 * @param factuality    asserted, planned, negated, hypothetical, habitual, reported
 * @param attributedTo  the sources the text credits, in order
 * @param evidence      the clause that proves it
 * @param mentions      every span that tells this event, the evidence included
 * @param trigger       the predicate that matched (lexicon entry id)
 */
public record Event(String id, String plover, String mode, String cameo, Participant source, Participant target,
                    boolean symmetric, String date, String datePrecision, Place place, String factuality,
                    List<String> attributedTo, Span evidence, String evidenceText, List<Span> mentions, String trigger) {
    public Event {
        attributedTo = List.copyOf(attributedTo);
        mentions = List.copyOf(mentions);
    }

    public Event withId(String newId) {
        return new Event(newId, plover, mode, cameo, source, target, symmetric, date, datePrecision, place, factuality,
                attributedTo, evidence, evidenceText, mentions, trigger);
    }

    /** This event with other participants (one happening told by a verb and its event noun: see EventExtractor). */
    public Event withParticipants(Participant newSource, Participant newTarget) {
        return new Event(id, plover, mode, cameo, newSource, newTarget, symmetric, date, datePrecision, place,
                factuality, attributedTo, evidence, evidenceText, mentions, trigger);
    }

    public Event withMentions(List<Span> more, List<String> attribution) {
        return new Event(id, plover, mode, cameo, source, target, symmetric, date, datePrecision, place, factuality,
                attribution, evidence, evidenceText, more, trigger);
    }
}
