package org.diurna.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diurna.model.Article;
import org.diurna.model.Problem;

/**
 * An immutable article with the layers the stages added so far. A stage returns a new document with one more layer
 * ({@link #with}); the article text is never changed, so every offset in every layer points into it.
 * A document may be rejected: it then carries the problem, and the pipeline runs no further stage on it.
 */
public final class Document {
    private final Article article;
    private final Map<Layer<?>, Object> layers;
    private final List<Problem> problems;
    private final Problem rejection;
    /** System.nanoTime() after which the reading is over its budget; Long.MAX_VALUE for none. */
    private final long deadline;

    private Document(Article article, Map<Layer<?>, Object> layers, List<Problem> problems, Problem rejection,
                     long deadline) {
        this.article = article;
        this.layers = layers;
        this.problems = problems;
        this.rejection = rejection;
        this.deadline = deadline;
    }

    public static Document of(Article article) {
        return new Document(article, Map.of(), List.of(), null, Long.MAX_VALUE);
    }

    /** This document, to be read by {@code deadline} (a {@link System#nanoTime()} value; see {@link Limits}). */
    public Document until(long deadline) {
        return new Document(article, layers, problems, rejection, deadline);
    }

    /** The {@link System#nanoTime()} by which the reading must end; {@code Long.MAX_VALUE} when unbounded. */
    public long deadline() { return deadline; }

    /** Whether the reading has run past its deadline. */
    public boolean overBudget() {
        return deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0;
    }

    public Article article() { return article; }

    public String text() { return article.text(); }

    public <T> Document with(Layer<T> layer, T value) {
        Map<Layer<?>, Object> copy = new LinkedHashMap<>(layers);
        copy.put(layer, value);
        return new Document(article, Collections.unmodifiableMap(copy), problems, rejection, deadline);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        Object v = layers.get(layer);
        if (v == null && !layers.containsKey(layer)) {
            throw new IllegalStateException("layer '" + layer + "' is missing; layers present: " + layers.keySet());
        }
        return (T) v;
    }

    public boolean has(Layer<?> layer) { return layers.containsKey(layer); }

    /** A warning that does not stop the reading. */
    public Document warn(Problem p) {
        List<Problem> copy = new ArrayList<>(problems);
        copy.add(p);
        return new Document(article, layers, List.copyOf(copy), rejection, deadline);
    }

    /** Stops the reading of this document: nothing after this stage runs. */
    public Document reject(Problem p) {
        return new Document(article, layers, problems, p, deadline);
    }

    public boolean rejected() { return rejection != null; }

    public Problem rejection() { return rejection; }

    public List<Problem> problems() { return problems; }
}
