package org.diurna.dedup;

import java.nio.charset.StandardCharsets;

/**
 * The 64-bit hash primitives of this package, written out rather than borrowed from the JDK because stored signatures
 * must stay valid across JVM versions and runs ({@code String.hashCode} is 32 bits and a JDK detail).
 */
final class Hash64 {
    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    private Hash64() {}

    /** FNV-1a over the UTF-8 bytes of {@code s}: fast, stable, and checkable against the published test vectors. */
    static long fnv1a(String s) {
        long h = FNV_OFFSET;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        return h;
    }

    /**
     * The MurmurHash3 64-bit finaliser: a bijection in which every input bit flips each output bit with probability
     * about one half. FNV alone leaves its low bits weakly mixed, and MinHash needs well spread values.
     */
    static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** SplitMix64 step, used to derive many independent salts from one seed. */
    static long splitmix(long x) {
        long z = x + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
