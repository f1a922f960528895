package org.diurna.spark;

/**
 * What a run of the corpus job did.
 *
 * @param inputs     inputs met (articles and rejected records)
 * @param articles   articles stored (an exact copy of one already met is not stored again)
 * @param copies     stored articles that nearly copy an earlier one
 * @param problems   rejected inputs, each a row of {@code problems}
 * @param events     rows of {@code events}
 * @param mentions   rows of {@code mentions}
 * @param seconds    wall time of the run
 */
public record JobSummary(long inputs, long articles, long copies, long problems, long events, long mentions,
                         double seconds) {
    public double articlesPerSecond() {
        return seconds > 0 ? articles / seconds : 0;
    }
}
