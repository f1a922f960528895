package org.diurna.events.internal;

/**
 * Why a candidate trigger did not become an event, printed to standard error when the JVM runs with
 * {@code -Ddiurna.trace=true}: the tool for reading an error breakdown back to the rule that made it.
 */
public final class Trace {
    /** Whether tracing is on; read once, so that the check costs nothing in normal runs. */
    public static final boolean ON = Boolean.getBoolean("diurna.trace");

    private Trace() {}

    /** Logs one decision about the trigger {@code word}. */
    public static void log(String word, String decision) {
        if (ON) System.err.println("[trace] " + word + ": " + decision);
    }
}
