package org.diurna.events.internal;

/**
 * Why a candidate trigger did not become an event, printed to standard error when the JVM runs with
 * {@code -Ddiurna.trace=true}: the tool for reading an error breakdown back to the rule that made it.
 */
public final class Trace {
    /** Whether tracing is on; read once, so that the check costs nothing in normal runs. */
    public static final boolean ON = Boolean.getBoolean("diurna.trace");

    private Trace() {}

    /**
     * Logs one decision about the trigger {@code word}. Callers write {@code if (Trace.ON) Trace.log(...)}: the
     * decision strings are built for every candidate row of every word, thousands per article, so not when off.
     */
    public static void log(String word, String decision) {
        if (ON) System.err.println("[trace] " + word + ": " + decision);
    }

    /** Prints the sentence's parse as the event reader sees it (after repairs): index, word, tag, head, relation. */
    public static void parse(org.diurna.model.Sentence s) {
        if (!ON) return;
        StringBuilder b = new StringBuilder("[trace] parse:");
        for (org.diurna.model.Token t : s.tokens()) {
            b.append(' ').append(t.index()).append(':').append(t.word()).append('/').append(t.pos()).append('>')
                    .append(t.head()).append(':').append(t.deprel());
        }
        System.err.println(b);
    }
}
