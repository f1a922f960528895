package org.diurna.pipeline;

import java.util.Set;

/**
 * One step of the reading: takes an immutable document and returns one with the layers it {@link #provides()}.
 * Implementations must be thread-safe: one instance serves every thread of a run.
 */
public interface Stage {

    /** A short name for messages and timings. */
    default String name() { return getClass().getSimpleName(); }

    /** Layers that must be on the document before this stage runs. */
    Set<Layer<?>> requires();

    /** Layers this stage adds. */
    Set<Layer<?>> provides();

    Document apply(Document doc);
}
