package org.diurna.dedup;

import java.util.Arrays;

/**
 * MinHash signatures of texts over their word shingles: position {@code i} of a signature holds the least value of
 * the {@code i}-th hash function over the text's shingle set, so two signatures agree at a position with probability
 * equal to the Jaccard similarity of the two shingle sets.
 *
 * <p>The {@code i}-th hash function is the Murmur finaliser applied to the shingle hash XOR a salt drawn from the seed
 * with SplitMix64; no JDK hashing is involved, so the same text, shingle size, number of hashes and seed give the same
 * signature in every JVM run. A text shorter than one shingle is hashed as a single shingle of all its words; a text
 * without any word gets the signature of one fixed shingle, so that all empty texts are alike (as their empty shingle
 * sets are) and unlike any text with words. Immutable and thread-safe.
 */
public final class MinHasher {
    public static final int DEFAULT_NUM_HASHES = 128;
    public static final long DEFAULT_SEED = 0x6469_7572_6e61L; // "diurna"
    /** Stands for the shingle set of a text without words. */
    private static final long EMPTY_SHINGLE = Hash64.fnv1a("\u0000empty");

    private final Shingles shingles;
    private final long[] salts;

    public MinHasher() { this(DEFAULT_NUM_HASHES, Shingles.DEFAULT_SIZE, DEFAULT_SEED); }

    public MinHasher(int numHashes, int shingle, long seed) {
        if (numHashes < 1) throw new IllegalArgumentException("numHashes must be at least 1, not " + numHashes);
        this.shingles = new Shingles(shingle);
        this.salts = new long[numHashes];
        long state = seed;
        for (int i = 0; i < numHashes; i++) {
            state = Hash64.splitmix(state);
            salts[i] = state;
        }
    }

    public int numHashes() { return salts.length; }

    public int shingleSize() { return shingles.size(); }

    public long[] signature(String text) {
        long[] set = shingles.hashes(text);
        if (set.length == 0) set = new long[] {EMPTY_SHINGLE};
        long[] sig = new long[salts.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long x : set) {
            for (int i = 0; i < sig.length; i++) {
                long v = Hash64.fmix(x ^ salts[i]);
                if (v < sig[i]) sig[i] = v;
            }
        }
        return sig;
    }

    /** The share of positions where the signatures agree: an unbiased estimate of the Jaccard similarity. */
    public static double similarity(long[] a, long[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("signatures of different or zero length: " + a.length + ", " + b.length);
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return same / (double) a.length;
    }
}
