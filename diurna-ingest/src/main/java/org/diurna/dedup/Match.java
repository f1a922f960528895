package org.diurna.dedup;

/**
 * A near-duplicate found by {@link NearDuplicates}.
 *
 * @param firstId the id of the earliest-added article that is similar enough
 * @param similarity the estimated Jaccard similarity of the two texts' word shingles, in [0, 1]
 */
public record Match(String firstId, double similarity) {}
