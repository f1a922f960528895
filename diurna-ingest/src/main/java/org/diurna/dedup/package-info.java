/**
 * Near-duplicate detection for news corpora in which one wire story is republished by many partner sites with their
 * own headers, footers and small edits.
 *
 * <p>{@link org.diurna.dedup.ContentHash} finds exact copies (same text up to typography and white space);
 * {@link org.diurna.dedup.NearDuplicates} finds the rest with word shingles ({@link org.diurna.dedup.Shingles}),
 * MinHash signatures ({@link org.diurna.dedup.MinHasher}) and locality-sensitive hashing
 * ({@link org.diurna.dedup.LshIndex}). Everything here is deterministic across JVM runs, so signatures may be stored
 * and reloaded.
 */
package org.diurna.dedup;
