package org.diurna.model;

/** A half-open character range [start, end) in UTF-16 units of the original text of an article. */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public int length() { return end - start; }

    public boolean contains(Span o) { return start <= o.start && o.end <= end; }

    public boolean contains(int offset) { return start <= offset && offset < end; }

    public boolean overlaps(Span o) { return start < o.end && o.start < end; }

    /** The covered text of {@code text}. */
    public String of(String text) { return text.substring(start, end); }

    @Override public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
