package org.diurna.eval;

/**
 * A gold event matched to a produced event.
 *
 * @param goldId     id of the gold event
 * @param producedId id of the produced event
 * @param swapped    true when it matched a symmetric gold event with source and target the other way round
 */
public record EventPair(String goldId, String producedId, boolean swapped) {}
