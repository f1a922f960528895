package org.diurna.pipeline;

/**
 * A typed key for one layer of analysis on a {@link Document} (the sentences, the entities, ...).
 * Identity is by name, so that two stages agree on a layer by naming it.
 */
public record Layer<T>(String name, Class<?> type) {
    public static <T> Layer<T> of(String name, Class<?> type) { return new Layer<>(name, type); }

    @Override public String toString() { return name; }
}
