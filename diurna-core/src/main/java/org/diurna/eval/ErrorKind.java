package org.diurna.eval;

import java.util.Locale;

/**
 * Why a gold event was missed, or why a produced event was counted as extra: the error breakdown of
 * {@code diurna eval}.
 */
public enum ErrorKind {
    /** Missed: no produced event in the sentences that tell it, nor anywhere with its type and actors. */
    NO_TRIGGER,
    /** Missed: the closest produced event has another PLOVER type. */
    WRONG_TYPE,
    /** Missed: the closest produced event says it is planned, negated, hypothetical or habitual. */
    WRONG_FACTUALITY,
    /** Missed: the closest produced event has another source (country + sector). */
    WRONG_SOURCE,
    /** Missed: the closest produced event has another target (country + sector). */
    WRONG_TARGET,
    /** Missed: the closest produced event has another date. */
    WRONG_DATE,
    /** Missed: the produced event that would match it went to another gold event with the same key. */
    TAKEN,
    /** Extra: no gold event, background item or must-not sentence near it. */
    SPURIOUS,
    /** Extra: one more copy of a gold event that was found (same key, or its sentences and type). */
    DUPLICATE,
    /** Extra: a second, wrong coding of the sentences of a gold event that was missed. */
    MISCODED,
    /** Extra: a sentence the gold says holds no event, or actors the gold puts in background. */
    BACKGROUND,
    /** Not counted: an extra whose PLOVER type some background item has (the scorer's exemption). */
    BACKGROUND_ACCEPTED;

    /** "no_trigger". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isMiss() {
        return ordinal() <= TAKEN.ordinal();
    }
}
