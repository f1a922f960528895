package org.diurna.model;

/** An actor in the role of an event's source or target, with the span of text that names it. */
public record Participant(String name, String country, String sector, String role, String actorId, int start, int end) {

    public static Participant of(Actor a, Span where, String surface) {
        return new Participant(a.name() != null ? a.name() : surface, a.country(), a.sector(), a.role(), a.id(),
                where.start(), where.end());
    }

    /** The actor under the name the article gives it. */
    public static Participant named(Actor a, Span where, String name) {
        return new Participant(name, a.country(), a.sector(), a.role(), a.id(), where.start(), where.end());
    }

    public String code() {
        return (country == null ? "---" : country) + (sector == null ? "" : " " + sector);
    }
}
