package org.diurna.model;

/**
 * A normalised temporal expression (TIMEX3).
 *
 * @param type  DATE, TIME, DURATION or SET
 * @param value TIMEX3 value (2016-11-30, 2016-SU, P3D, PRESENT_REF, XXXX-XX-XX when unresolved)
 * @param rule  which rule produced it ("heideltime" or the name of a Diurna rule), for evidence and debugging
 */
public record Timex(int start, int end, String text, String type, String value, String rule) {
    public Span span() { return new Span(start, end); }
}
