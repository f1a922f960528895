package org.diurna.eval;

import java.util.List;

/**
 * The outcome of one {@code must_not} item of a gold file; the item fails when any of its checks is violated.
 *
 * @param what        the item's {@code what}
 * @param violated    true when at least one check is violated
 * @param producedIds the produced events that violate it, in order, without repeats
 * @param details     one line per violated check ("no_event_dated 2016-11-24: e5"), and notes on checks that
 *                    could not be applied (evidence not found in the text, unknown kind)
 */
public record MustNotResult(String what, boolean violated, List<String> producedIds, List<String> details) {
    public MustNotResult {
        producedIds = List.copyOf(producedIds);
        details = List.copyOf(details);
    }
}
