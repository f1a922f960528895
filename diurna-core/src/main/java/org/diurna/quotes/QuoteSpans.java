package org.diurna.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.diurna.model.Span;

/**
 * Finds the content of direct quotations in a normalised text (see {@link org.diurna.text.Normalizer}): the text
 * between « », “ ” (or „ “), ‹ › and straight double quotes, the marks excluded and white space trimmed.
 *
 * <p>Wire copy is often malformed, so the scan is forgiving: a » after a space or apostrophe and directly before a letter
 * opens a quotation ({@code d' »ouvrir des négociations »}); a « glued to the preceding word closes one; a quotation left
 * open ends with its paragraph if it is at most {@value #MAX_UNCLOSED} characters long, else it is dropped. A quotation
 * never crosses a blank line nor an excluded span (boilerplate). Quotations nested in another one are not reported: the
 * outer one contains them; they are reported only if the outer one is dropped. Single quotes cannot be told from
 * apostrophes once normalised and are not quotation marks here. One pass, linear in the length of the text.
 */
public final class QuoteSpans {
    /** Longest quotation accepted without its closing mark. */
    public static final int MAX_UNCLOSED = 600;

    private static final int GUILLEMET = 0, SINGLE = 1, CURLY = 2, STRAIGHT = 3;

    private QuoteSpans() {}

    /** An open quotation: its family, the mark that opened it, where its content starts, quotes closed inside it. */
    private record Open(int family, char mark, int from, List<Span> inner) {}

    /** The content spans of the quotations of {@code text} outside {@code excluded}, in text order. */
    public static List<Span> find(String text, List<Span> excluded) {
        List<Span> skip = new ArrayList<>(excluded == null ? List.of() : excluded);
        skip.sort(Comparator.naturalOrder());
        List<Span> out = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        int[] open = new int[4]; // open quotations per family, so that membership is O(1)
        int x = 0;
        for (int i = 0; i < text.length(); i++) {
            while (x < skip.size() && skip.get(x).end() <= i) x++;
            if (x < skip.size() && skip.get(x).start() <= i) {
                endParagraph(text, stack, open, i, out);
                i = skip.get(x).end() - 1;
                continue;
            }
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> { if (blankLineAt(text, i)) endParagraph(text, stack, open, i, out); }
                case '«' -> opener(text, stack, open, i, GUILLEMET, c, out);
                case '‹' -> opener(text, stack, open, i, SINGLE, c, out);
                case '„' -> opener(text, stack, open, i, CURLY, c, out);
                case '“' -> {
                    // German quotes open with „ and close with “
                    if (open[CURLY] > 0 && topMark(stack, CURLY) == '„') close(text, stack, open, CURLY, i, out);
                    else opener(text, stack, open, i, CURLY, c, out);
                }
                case '»' -> closer(text, stack, open, i, GUILLEMET, c, out);
                case '›' -> closer(text, stack, open, i, SINGLE, c, out);
                case '”' -> closer(text, stack, open, i, CURLY, c, out);
                case '"' -> {
                    if (open[STRAIGHT] > 0) close(text, stack, open, STRAIGHT, i, out);
                    else push(stack, open, STRAIGHT, c, i + 1);
                }
                default -> { }
            }
        }
        endParagraph(text, stack, open, text.length(), out);
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static void opener(String t, Deque<Open> st, int[] open, int i, int fam, char c, List<Span> out) {
        // « glued to the word before and followed by a space or punctuation is a closer typed the wrong way round
        if (open[fam] > 0 && gluedBefore(t, i) && !letterAfter(t, i)) close(t, st, open, fam, i, out);
        else push(st, open, fam, c, i + 1);
    }

    private static void closer(String t, Deque<Open> st, int[] open, int i, int fam, char c, List<Span> out) {
        if (open[fam] > 0) close(t, st, open, fam, i, out);
        else if (!gluedBefore(t, i) && letterAfter(t, i)) push(st, open, fam, c, i + 1); // d' »ouvrir
    }

    private static void push(Deque<Open> st, int[] open, int fam, char c, int from) {
        st.push(new Open(fam, c, from, new ArrayList<>()));
        open[fam]++;
    }

    /** Closes the innermost open quotation of {@code fam} at {@code at}; unclosed ones inside it are forgotten. */
    private static void close(String t, Deque<Open> st, int[] open, int fam, int at, List<Span> out) {
        Open o;
        do {
            o = st.pop();
            open[o.family()]--;
        } while (o.family() != fam);
        Span s = trim(t, o.from(), at);
        if (s.length() < 2) return;
        if (st.isEmpty()) out.add(s);
        else st.peek().inner().add(s);
    }

    /** Ends every open quotation at a paragraph end: the outermost short enough is kept, else what it contained. */
    private static void endParagraph(String t, Deque<Open> st, int[] open, int at, List<Span> out) {
        while (!st.isEmpty()) {
            Open o = st.pollLast();
            open[o.family()]--;
            Span s = trim(t, o.from(), at);
            if (s.length() <= MAX_UNCLOSED) {
                if (s.length() >= 2) out.add(s);
                for (Open rest : st) open[rest.family()]--;
                st.clear();
                return;
            }
            out.addAll(o.inner());
        }
    }

    private static char topMark(Deque<Open> st, int fam) {
        for (Open o : st) if (o.family() == fam) return o.mark();
        return 0;
    }

    private static boolean blankLineAt(String t, int i) {
        int j = i + 1;
        while (j < t.length() && t.charAt(j) == ' ') j++;
        return j < t.length() && t.charAt(j) == '\n';
    }

    /** The mark touches the preceding word (not after a space, an apostrophe, a bracket or the start of the text). */
    private static boolean gluedBefore(String t, int i) {
        if (i == 0) return false;
        char p = t.charAt(i - 1);
        return !Character.isWhitespace(p) && p != '\'' && p != '(' && p != '[' && p != '-' && p != '—';
    }

    private static boolean letterAfter(String t, int i) {
        return i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
    }

    private static Span trim(String t, int from, int to) {
        while (from < to && Character.isWhitespace(t.charAt(from))) from++;
        while (to > from && Character.isWhitespace(t.charAt(to - 1))) to--;
        return new Span(from, to);
    }
}
