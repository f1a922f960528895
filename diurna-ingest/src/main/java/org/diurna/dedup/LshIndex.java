package org.diurna.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Locality-sensitive hashing over MinHash signatures: a signature is cut into {@code bands} bands of {@code rows}
 * values, and two signatures are candidates when at least one band is identical. Two texts of Jaccard similarity
 * {@code s} become candidates with probability {@code 1 - (1 - s^rows)^bands} (see
 * {@link #candidateProbability}).
 *
 * <p>Only one 32-bit hash per band is kept, never the signatures: 15 to 30 bytes per band and entry, plus the id.
 * Candidates may therefore include rare band-hash collisions: callers verify them. Not
 * thread-safe; {@link NearDuplicates} wraps it for concurrent use.
 */
public final class LshIndex {
    private final int bands;
    private final int rows;
    private final BandTable table = new BandTable();
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> ordinals = new HashMap<>();

    public LshIndex(int bands, int rows) {
        if (bands < 1 || rows < 1) throw new IllegalArgumentException("bands and rows must be positive");
        this.bands = bands;
        this.rows = rows;
    }

    /** The probability that two texts of Jaccard similarity {@code s} share at least one band. */
    public static double candidateProbability(double s, int bands, int rows) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    public int bands() { return bands; }

    public int rows() { return rows; }

    public int size() { return ids.size(); }

    public boolean contains(String id) { return ordinals.containsKey(id); }

    /**
     * Indexes a signature under an id.
     *
     * @throws IllegalArgumentException if the id is already indexed or the signature is not {@code bands × rows} long
     */
    public void add(String id, long[] signature) {
        Objects.requireNonNull(id, "id");
        checkLength(signature);
        if (ordinals.containsKey(id)) throw new IllegalArgumentException("already indexed: " + id);
        int ordinal = ids.size();
        for (int b = 0; b < bands; b++) table.put(bandKey(signature, b), ordinal * bands + b);
        ids.add(id);
        ordinals.put(id, ordinal);
    }

    /** The ids sharing at least one band with the signature, in the order they were added. */
    public Set<String> candidates(long[] signature) {
        Set<String> out = new LinkedHashSet<>();
        for (int ordinal : candidateOrdinals(signature)) out.add(ids.get(ordinal));
        return out;
    }

    /** Like {@link #candidates}, as ordinals (0 for the first id added), ascending. */
    int[] candidateOrdinals(long[] signature) {
        checkLength(signature);
        int[] found = new int[8];
        int n = 0;
        for (int b = 0; b < bands; b++) {
            for (int p = table.head(bandKey(signature, b)); p >= 0; p = table.next(p)) {
                if (p % bands != b) continue; // another band's key, equal only by a hash collision
                if (n == found.length) found = Arrays.copyOf(found, n * 2);
                found[n++] = p / bands;
            }
        }
        // Near-duplicates usually share many bands: sort, then keep each ordinal once.
        Arrays.sort(found, 0, n);
        int m = 0;
        for (int i = 0; i < n; i++) if (m == 0 || found[i] != found[m - 1]) found[m++] = found[i];
        return Arrays.copyOf(found, m);
    }

    /** The ordinal of an indexed id, or -1. */
    int ordinal(String id) {
        Integer o = ordinals.get(id);
        return o == null ? -1 : o;
    }

    String id(int ordinal) { return ids.get(ordinal); }

    /** Hash of one band's rows, salted with the band number so equal rows in different bands give different keys. */
    private int bandKey(long[] signature, int band) {
        return bandKey(signature, band, rows);
    }

    /** The key of band {@code band} of a signature cut in bands of {@code rows} values. */
    static int bandKey(long[] signature, int band, int rows) {
        long h = Hash64.FNV_OFFSET ^ Hash64.splitmix(band);
        for (int i = band * rows; i < (band + 1) * rows; i++) h = (h ^ signature[i]) * Hash64.FNV_PRIME;
        return (int) Hash64.fmix(h);
    }

    private void checkLength(long[] signature) {
        if (signature.length != bands * rows) {
            throw new IllegalArgumentException("signature of " + signature.length + " values, the index expects "
                    + bands + " bands × " + rows + " rows = " + bands * rows);
        }
    }
}
