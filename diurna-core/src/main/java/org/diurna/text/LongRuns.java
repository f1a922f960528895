package org.diurna.text;

import java.util.ArrayList;
import java.util.List;
import org.diurna.model.Span;

/**
 * Runs of non-space characters too long to be words (base64, pasted URL lists, hostile input), blanked with spaces so
 * that offsets hold: no language is told by them, and CoreNLP's NER, which builds character n-gram features per
 * token, runs out of memory on one of 200,000 characters.
 *
 * @param text  the text with every run longer than the limit replaced by spaces (the same string when there is none)
 * @param runs  where the blanked runs were
 */
public record LongRuns(String text, List<Span> runs) {
    /** {@code text} with its runs of more than {@code max} non-space characters blanked. */
    public static LongRuns blank(String text, int max) {
        StringBuilder b = null;
        List<Span> runs = new ArrayList<>();
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                run++;
                continue;
            }
            if (run > max) {
                if (b == null) b = new StringBuilder(text);
                for (int k = i - run; k < i; k++) b.setCharAt(k, ' ');
                runs.add(new Span(i - run, i));
            }
            run = 0;
        }
        return new LongRuns(b == null ? text : b.toString(), List.copyOf(runs));
    }
}
