package org.diurna.store;

/**
 * How many events of one PLOVER type went from one actor to another; an actor is "CTY" or "CTY SEC".
 */
public record DyadCount(String source, String target, String plover, long events) {}
