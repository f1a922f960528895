package org.diurna.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diurna.model.Article;
import org.diurna.model.Problem;

/**
 * An ordered list of stages, checked when built: every layer a stage requires must be provided by an earlier stage,
 * otherwise {@link #of} fails naming the stage and the missing layer (so a mis-assembled pipeline never reaches data).
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final Limits limits;

    private Pipeline(List<Stage> stages, Limits limits) {
        this.stages = List.copyOf(stages);
        this.limits = limits;
    }

    public static Pipeline of(List<Stage> stages) {
        Set<Layer<?>> available = new HashSet<>();
        for (Stage s : stages) {
            for (Layer<?> need : s.requires()) {
                if (!available.contains(need)) {
                    throw new IllegalStateException("stage " + s.name() + " requires layer '" + need
                            + "', which no earlier stage provides (available: " + available + ")");
                }
            }
            available.addAll(s.provides());
        }
        return new Pipeline(stages, Limits.DEFAULT);
    }

    /** This pipeline, reading within other bounds. */
    public Pipeline withLimits(Limits l) {
        return new Pipeline(stages, l);
    }

    public Limits limits() { return limits; }

    public static Pipeline of(Stage... stages) { return of(List.of(stages)); }

    public List<Stage> stages() { return stages; }

    /**
     * Runs every stage in order within this pipeline's {@link Limits}; stops early on a rejected document and returns
     * it. A text over the size limit is rejected before any stage ("too-large"), a reading over its time budget
     * after the stage that overran ("time-budget"), and one a stage fails on, with the failure ("internal-error").
     */
    public Document run(Article article) {
        return run(Document.of(article));
    }

    public Document run(Document doc) {
        String text = doc.text();
        if (text != null && text.length() > limits.maxChars()) {
            return doc.reject(new Problem("too-large", doc.article().id(), "the text has " + text.length()
                    + " characters, more than the " + limits.maxChars() + " one reading finishes within its budget (split"
                    + " it, or raise the limit: DIURNA_JAVA_OPTS=-Ddiurna.maxChars=N)"));
        }
        if (doc.deadline() == Long.MAX_VALUE) doc = doc.until(System.nanoTime() + limits.timeBudget().toNanos());
        for (Stage s : stages) {
            if (doc.rejected()) return doc;
            try {
                doc = s.apply(doc);
            } catch (RuntimeException e) {
                // a defect met on one input: that document is recorded as not read, the run goes on with the others
                return doc.reject(new Problem("internal-error", doc.article().id(), "stage " + s.name()
                        + " failed on this input (" + e + "); please report it with the input"));
            }
            if (!doc.rejected() && doc.overBudget()) {
                return doc.reject(new Problem("time-budget", doc.article().id(), "the reading was stopped in stage "
                        + s.name() + ": it ran past its budget of " + limits.timeBudget().toSeconds() + " s"));
            }
        }
        return doc;
    }
}
