package org.diurna.actors.internal;

import java.util.ArrayList;
import java.util.List;
import org.diurna.model.Sentence;
import org.diurna.model.Token;

/**
 * A word as written ("du"), as opposed to CoreNLP's syntactic words ("de" + "le") which share its span.
 * Names and role patterns are matched on surface words, so that dictionary entries are written as people write them.
 *
 * @param token index of the first syntactic word of this surface word in its sentence
 */
public record Surface(int start, int end, String text, int token) {

    /** The distinct surface words of a sentence, in order. */
    public static List<Surface> of(Sentence s, String text) {
        List<Surface> out = new ArrayList<>();
        int lastStart = -1;
        for (Token t : s.tokens()) {
            if (t.start() == lastStart) continue;
            lastStart = t.start();
            out.add(new Surface(t.start(), t.end(), text.substring(t.start(), t.end()), t.index()));
        }
        return out;
    }
}
