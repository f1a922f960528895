package org.diurna.store;

/** One row of the {@code actors} view: an actor the entities name, with how often. */
public record ActorSummary(String actorId, String name, String country, String sector, String role, long mentions) {}
