package org.diurna.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Finds, among the articles seen so far, the earliest one that the given text is a near-duplicate of: a wire story
 * republished with another header, footer or title, or a sentence edited. Thread-safe: checks run in parallel, adds
 * one at a time, and {@link #checkAndAdd} does both atomically.
 *
 * <p>Texts are compared by the Jaccard similarity of their 5-word shingle sets, estimated by MinHash signatures of
 * {@value #NUM_HASHES} values cut into {@value #BANDS} LSH bands of {@value #ROWS} rows. Two texts of similarity
 * {@code s} become candidates with probability {@code 1 - (1 - s^7)^20}:
 * <pre>
 *   s     0.3    0.4    0.5    0.6    0.7    0.8    0.85    0.9
 *   P     0.4%   3.2%   14.5%  43%    82%    99.1%  99.96%  100%
 * </pre>
 * so pairs at 0.8 or above become candidates with 99 % probability or more, and pairs under 0.5 seldom cost a
 * comparison. With the default 128 hashes no split does both (32 × 4 makes candidates of 87 % of the pairs at 0.5,
 * 16 × 8 misses 5 % of those at 0.8), hence 140. The LSH recall only holds for thresholds of 0.8 or more: below, it
 * falls as the table shows.
 *
 * <p>A candidate is kept if its estimated similarity reaches the threshold. The estimate has a standard deviation of
 * {@code sqrt(s(1-s)/140)}, 0.034 at 0.8, so a pair whose true similarity is just the threshold is kept about half the
 * time: over 1,000 synthetic pairs each, 41 % were reported at a true 0.79, 92 % at 0.84, none at 0.49. A 330-word
 * dispatch stays above 0.8 with a new header and footer (0.88), a new title (0.92) or one sentence rewritten (0.84),
 * not with all three at once (0.69).
 *
 * <p>Signatures depend on {@link #SCHEME} only: callers may store them ({@link #toBytes}) and reload them into a new
 * instance at start-up ({@link #add}, in the original order), so that a resumed or repeated ingest finds the copies
 * seen in an earlier run and gives the same answers. Each indexed article keeps 16 bits of each signature value for
 * verification (280 bytes; two different values agree by chance with probability 2^-16, which is negligible), its
 * band keys and its id: about 1 KB in all.
 */
public final class NearDuplicates {
    public static final double DEFAULT_THRESHOLD = 0.8;
    public static final int NUM_HASHES = 140;
    public static final int BANDS = 20;
    public static final int ROWS = 7;
    public static final int SHINGLE = Shingles.DEFAULT_SIZE;
    public static final long SEED = MinHasher.DEFAULT_SEED;
    /**
     * Names everything a stored signature depends on; store it beside the signatures and recompute them when it
     * changes (as it must whenever the normalisation, the hashing, the shingle size, the seed or the length does).
     */
    public static final String SCHEME = "minhash-v1/fnv1a-murmur/words-nfkd-noaccents/k5/n140/seed-diurna";

    private final MinHasher hasher = new MinHasher(NUM_HASHES, SHINGLE, SEED);
    private final LshIndex index = new LshIndex(BANDS, ROWS);
    private final double threshold;
    private final int minAgreements;
    /** Low 16 bits of each signature value, article after article (by ordinal). */
    private short[] fingerprints = new short[NUM_HASHES * 64];
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public NearDuplicates() { this(DEFAULT_THRESHOLD); }

    /** @param threshold the least estimated Jaccard similarity of a near-duplicate, in (0, 1] */
    public NearDuplicates(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold not in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
        // Compare whole agreement counts, so that 112/140 meets a threshold of 0.8 whatever the rounding.
        this.minAgreements = (int) Math.ceil(threshold * NUM_HASHES - 1e-9);
    }

    public double threshold() { return threshold; }

    /** The signature of a text, to pass to {@link #add} or {@link #check(String, long[])} and to store. */
    public long[] signature(String text) { return hasher.signature(text); }

    /**
     * The earliest-added article of which the text is a near-duplicate. If {@code id} itself was added already, only
     * articles added before it are considered, so that re-checking an article gives the answer it got the first time
     * (an article is never reported as a copy of itself or of a later one).
     */
    public Optional<Match> check(String id, String text) { return check(id, signature(text)); }

    /** {@link #check(String, String)} for a signature from {@link #signature}. */
    public Optional<Match> check(String id, long[] signature) {
        Objects.requireNonNull(id, "id");
        checkLength(signature);
        lock.readLock().lock();
        try {
            return find(id, signature);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Indexes an article. An id added before keeps its first signature (reloading stored signatures twice is
     * harmless).
     */
    public void add(String id, long[] signature) {
        Objects.requireNonNull(id, "id");
        checkLength(signature);
        lock.writeLock().lock();
        try {
            addLocked(id, signature);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** {@link #check} then {@link #add}, with no other add in between. */
    public Optional<Match> checkAndAdd(String id, String text) { return checkAndAdd(id, signature(text)); }

    /** {@link #checkAndAdd(String, String)} for a signature from {@link #signature}. */
    public Optional<Match> checkAndAdd(String id, long[] signature) {
        Objects.requireNonNull(id, "id");
        checkLength(signature);
        lock.writeLock().lock();
        try {
            Optional<Match> found = find(id, signature);
            addLocked(id, signature);
            return found;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The number of articles indexed. */
    public int size() {
        lock.readLock().lock();
        try {
            return index.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A signature as bytes, 8 per value, big-endian. */
    public static byte[] toBytes(long[] signature) {
        ByteBuffer b = ByteBuffer.allocate(signature.length * Long.BYTES);
        for (long v : signature) b.putLong(v);
        return b.array();
    }

    /** The inverse of {@link #toBytes}. */
    public static long[] fromBytes(byte[] bytes) {
        if (bytes.length % Long.BYTES != 0) {
            throw new IllegalArgumentException(bytes.length + " bytes are not a whole number of 64-bit values");
        }
        long[] signature = new long[bytes.length / Long.BYTES];
        ByteBuffer.wrap(bytes).asLongBuffer().get(signature);
        return signature;
    }

    /**
     * The LSH band keys of a signature, band by band: two articles are compared when they share a key at the same
     * band. For a corpus job that finds candidate pairs by joining on (band, key) instead of using this index.
     */
    public static int[] bandKeys(long[] signature) {
        checkLength(signature);
        int[] keys = new int[BANDS];
        for (int b = 0; b < BANDS; b++) keys[b] = LshIndex.bandKey(signature, b, ROWS);
        return keys;
    }

    /** How many values two signatures agree on, compared as this index compares them (their low 16 bits). */
    public static int agreements(long[] a, long[] b) {
        checkLength(a);
        checkLength(b);
        int n = 0;
        for (int i = 0; i < NUM_HASHES; i++) if ((short) a[i] == (short) b[i]) n++;
        return n;
    }

    /** The least number of agreements of a near-duplicate at this threshold. */
    public int minAgreements() { return minAgreements; }

    private Optional<Match> find(String id, long[] signature) {
        int before = index.ordinal(id);
        if (before < 0) before = Integer.MAX_VALUE;
        // Candidates come in insertion order: the first one that is similar enough is the earliest.
        for (int ordinal : index.candidateOrdinals(signature)) {
            if (ordinal >= before) break;
            int agreements = agreements(ordinal, signature);
            if (agreements >= minAgreements) {
                return Optional.of(new Match(index.id(ordinal), agreements / (double) NUM_HASHES));
            }
        }
        return Optional.empty();
    }

    private int agreements(int ordinal, long[] signature) {
        int base = ordinal * NUM_HASHES;
        int n = 0;
        for (int i = 0; i < NUM_HASHES; i++) if (fingerprints[base + i] == (short) signature[i]) n++;
        return n;
    }

    private void addLocked(String id, long[] signature) {
        if (index.contains(id)) return;
        int base = index.size() * NUM_HASHES;
        if (base + NUM_HASHES > fingerprints.length) {
            fingerprints = Arrays.copyOf(fingerprints, Math.max(base + NUM_HASHES, fingerprints.length * 2));
        }
        // The low bits: minima of uniform 64-bit values have their high bits mostly zero.
        for (int i = 0; i < NUM_HASHES; i++) fingerprints[base + i] = (short) signature[i];
        index.add(id, signature);
    }

    private static void checkLength(long[] signature) {
        if (signature.length != NUM_HASHES) {
            throw new IllegalArgumentException("a signature of " + signature.length + " values, not " + NUM_HASHES
                    + " (signatures from another scheme than " + SCHEME + "?)");
        }
    }
}
