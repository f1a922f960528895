package org.diurna.model;

import java.util.List;

/**
 * A stretch of text that names or refers to something: a person, organisation, place or a group of actors.
 *
 * @param type    PERSON, ORGANIZATION, LOCATION, GROUP (role nouns like "les rebelles"), or PLURAL (coordination /
 *                plural anaphora, whose {@code members} are the actors referred to)
 * @param actor   the actor referred to, or null (a place never acting)
 * @param place   the place named, or null
 * @param members for PLURAL mentions, the actors; empty otherwise
 * @param how     how it was resolved: "dictionary", "ner", "role", "title", "anaphora", "coordination"
 */
public record Mention(int start, int end, String text, String type, Actor actor, Place place, List<Actor> members,
                      String how) {
    public Mention {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public Span span() { return new Span(start, end); }

    /** The actors this mention stands for: the members of a plural, else the actor (possibly none). */
    public List<Actor> actors() {
        if (!members.isEmpty()) return members;
        return actor == null ? List.of() : List.of(actor);
    }
}
