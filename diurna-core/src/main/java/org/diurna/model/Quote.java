package org.diurna.model;

/** A direct quotation (text between quote marks, marks excluded) and who said it, if known. */
public record Quote(int start, int end, String text, Participant speaker) {
    public Span span() { return new Span(start, end); }
}
