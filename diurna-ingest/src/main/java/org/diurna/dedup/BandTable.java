package org.diurna.dedup;

import java.util.Arrays;

/**
 * A multimap from 32-bit band keys to postings (dense non-negative ints), kept in primitive arrays: an open-addressing
 * table of keys and chain heads, and one {@code next} link per posting: 4 to 8 bytes per posting plus 11 to 23 bytes
 * per distinct key, against some 100 bytes per entry for a {@code HashMap<Long, List<Integer>>}. Not thread-safe.
 *
 * <p>32 bits suffice: two different bands colliding only costs the caller one verification, and with a million
 * articles indexed (20 million keys) a lookup meets such a collision about once in 200, one query in ten.
 */
final class BandTable {
    private static final int NONE = -1;

    private int[] keys = new int[16];
    private int[] heads = filled(16);
    private int distinctKeys;
    private int[] next = new int[64];

    /** Files a posting under a key. Postings must be added in increasing order, each once. */
    void put(int key, int posting) {
        if (posting >= next.length) next = Arrays.copyOf(next, Math.max(posting + 1, next.length * 2));
        int slot = slot(key);
        if (heads[slot] == NONE) {
            keys[slot] = key;
            distinctKeys++;
        }
        next[posting] = heads[slot]; // chains run from the newest posting to the oldest
        heads[slot] = posting;
        if (distinctKeys * 10L > keys.length * 7L) grow(); // linear probing stays short below 70 % load
    }

    /** The newest posting filed under the key, or -1. */
    int head(int key) { return heads[slot(key)]; }

    /** The posting filed under the same key before this one, or -1. */
    int next(int posting) { return next[posting]; }

    private int slot(int key) {
        int mask = keys.length - 1;
        int i = key & mask; // keys come out of the Murmur finaliser: their low bits are already well spread
        while (heads[i] != NONE && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new int[oldKeys.length * 2];
        heads = filled(keys.length);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != NONE) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, NONE);
        return a;
    }
}
