package org.diurna.eval;

/**
 * How one gold entity fared.
 *
 * @param text         the gold surface text
 * @param type         the gold type (PERSON, ORGANIZATION, LOCATION, ...)
 * @param found        true when a produced entity has the same type and the text or one of the gold {@code also}
 * @param right        true when, in addition, its actor (or, for a place without an actor, its place) agrees
 * @param producedText the produced entity chosen (a right one first), or null when not found
 * @param detail       "" when right; otherwise what is wrong ("actor RUS GOV (want TUR GOV)", "not found", ...)
 */
public record EntityResult(String text, String type, boolean found, boolean right, String producedText,
                           String detail) {}
