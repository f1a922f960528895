package org.diurna.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A short window of an article's text around the query's words, each occurrence marked «like this».
 *
 * <p>The stored text is analysed again with the field's own analyzer, so "bombardement" marks "bombardements" and
 * "Erdogan" marks "Erdoğan": the token offsets point back into the original text. The window is the stretch of
 * {@link #WINDOW} characters holding the most distinct query terms, then the most occurrences; it is widened evenly
 * around them, starts at a sentence or word boundary, and ends at a word boundary.
 */
public final class Snippets {
    /** Characters of original text in a snippet, at most (marks and ellipses come on top). */
    public static final int WINDOW = 200;
    /** Only the beginning of a very long text is analysed; a snippet from page 40 would not help anyway. */
    static final int MAX_ANALYSED = 100_000;
    /** Enough matches to choose a window from; stops a text that repeats the term endlessly from costing much. */
    static final int MAX_MATCHES = 500;
    static final String OPEN = "«";
    static final String CLOSE = "»";
    static final String CUT = "…";

    private Snippets() {}

    /** A match: characters [start, end) of the text, and which distinct term it is. */
    private record Match(int start, int end, int term) {}

    /** The snippet of {@code text} for {@code terms}, found with {@code analyzer} as field {@code field}. */
    public static String of(String text, Analyzer analyzer, String field, QueryTerms terms) {
        if (text == null || text.isEmpty()) return "";
        List<Match> matches = terms.isEmpty() ? List.of() : matches(text, analyzer, field, terms);
        if (matches.isEmpty()) return render(text, 0, wordEnd(text, Math.min(text.length(), WINDOW), 0), matches);
        int[] best = bestRun(matches);
        int first = matches.get(best[0]).start();
        int last = matches.get(best[1] - 1).end();
        int slack = WINDOW - (last - first);
        int start = Math.max(0, first - slack / 2);
        start = boundaryAfter(text, start, first);
        int end = Math.min(text.length(), start + WINDOW);
        end = wordEnd(text, end, last);
        return render(text, start, end, matches);
    }

    private static List<Match> matches(String text, Analyzer analyzer, String field, QueryTerms terms) {
        String analysed = text.length() > MAX_ANALYSED ? text.substring(0, MAX_ANALYSED) : text;
        List<Match> out = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        try (TokenStream ts = analyzer.tokenStream(field, analysed)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int previousEnd = 0;
            while (ts.incrementToken() && out.size() < MAX_MATCHES) {
                String t = term.toString();
                int s = offset.startOffset();
                int e = Math.min(offset.endOffset(), analysed.length());
                // offsets come from the tokenizer and only grow, but marks must never overlap or leave the text
                if (s < previousEnd || e <= s || !terms.matches(t)) continue;
                out.add(new Match(s, e, ids.computeIfAbsent(t, k -> ids.size())));
                previousEnd = e;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String does no I/O
        }
        return out;
    }

    /** [from, to) of the run of matches fitting in a window with the most distinct terms, then the most matches. */
    private static int[] bestRun(List<Match> m) {
        int bestFrom = 0;
        int bestTo = 1;
        long bestScore = -1;
        for (int i = 0; i < m.size(); i++) {
            Set<Integer> distinct = new HashSet<>();
            int j = i;
            while (j < m.size() && m.get(j).end() - m.get(i).start() <= WINDOW) distinct.add(m.get(j++).term());
            if (j == i) j = i + 1; // a single match longer than the window still makes a snippet
            long score = distinct.size() * (long) MAX_MATCHES + (j - i);
            if (score > bestScore) {
                bestScore = score;
                bestFrom = i;
                bestTo = j;
            }
        }
        return new int[] {bestFrom, bestTo};
    }

    /**
     * Where to start, at or after {@code start} and at most {@code limit}: after the last sentence end in between if
     * there is one, else at the next word when {@code start} falls inside a word.
     */
    static int boundaryAfter(String text, int start, int limit) {
        if (start == 0) return 0;
        for (int i = limit - 1; i > start; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && Character.isWhitespace(text.charAt(i))) return i;
        }
        if (!Character.isLetterOrDigit(text.charAt(start - 1))) return start;
        for (int i = start; i < limit; i++) if (Character.isWhitespace(text.charAt(i))) return i;
        return start;
    }

    /** Where to stop, at or before {@code end} and not before {@code floor}: not in the middle of a word. */
    static int wordEnd(String text, int end, int floor) {
        if (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))) return end;
        for (int i = end; i > floor; i--) if (Character.isWhitespace(text.charAt(i - 1))) return i - 1;
        return end;
    }

    private static String render(String text, int start, int end, List<Match> matches) {
        StringBuilder sb = new StringBuilder(end - start + 32);
        int pos = start;
        for (Match m : matches) {
            if (m.start() < start || m.end() > end) continue;
            sb.append(text, pos, m.start()).append(OPEN).append(text, m.start(), m.end()).append(CLOSE);
            pos = m.end();
        }
        sb.append(text, pos, end);
        // line breaks and runs of spaces of the original layout mean nothing in a one-line snippet
        String body = sb.toString().replaceAll("\\s+", " ").strip();
        return (start > 0 ? CUT : "") + body + (end < text.length() ? CUT : "");
    }
}
