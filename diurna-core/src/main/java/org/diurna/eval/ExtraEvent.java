package org.diurna.eval;

/**
 * A produced event that matched no gold event: a false positive, or an event the background exempts.
 *
 * @param id       id of the produced event
 * @param plover   its PLOVER type
 * @param dyad     "TUR GOV -> RUS GOV"
 * @param date     its date, "" when undated
 * @param kind     why it is extra ({@link ErrorKind#BACKGROUND_ACCEPTED} when it is not counted)
 * @param note     what it duplicates, miscodes or falls under; "" when spurious
 * @param evidence the produced evidence text
 */
public record ExtraEvent(String id, String plover, String dyad, String date, ErrorKind kind, String note,
                         String evidence) {}
