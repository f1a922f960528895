package org.diurna.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diurna.model.Article;

/**
 * An ordered list of stages, checked when built: every layer a stage requires must be provided by an earlier stage,
 * otherwise {@link #of} fails naming the stage and the missing layer (so a mis-assembled pipeline never reaches data).
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
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
        return new Pipeline(stages);
    }

    public static Pipeline of(Stage... stages) { return of(List.of(stages)); }

    public List<Stage> stages() { return stages; }

    /** Runs every stage in order; stops early on a rejected document and returns it. */
    public Document run(Article article) {
        return run(Document.of(article));
    }

    public Document run(Document doc) {
        for (Stage s : stages) {
            if (doc.rejected()) return doc;
            doc = s.apply(doc);
        }
        return doc;
    }
}
