package org.diurna.eval;

/**
 * A produced event that matched no gold event: a false positive, a background violation, or an accepted
 * background event (which is not counted).
 *
 * @param id     id of the produced event
 * @param plover its PLOVER type
 * @param dyad   "TUR GOV -> RUS GOV"
 * @param date   its date, "" when undated
 * @param note   for background events, which background item and (for violations) what is wrong; otherwise ""
 */
public record ExtraEvent(String id, String plover, String dyad, String date, String note) {}
