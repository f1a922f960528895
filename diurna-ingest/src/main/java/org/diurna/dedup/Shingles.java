package org.diurna.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Word shingles (runs of {@code size} consecutive words, 5 by default) of a text, as distinct 64-bit hashes.
 *
 * <p>Words are the maximal runs of letters and digits after Unicode compatibility decomposition, with accents
 * stripped and letters lowercased; punctuation, apostrophes and hyphens separate words and are dropped, numbers are
 * kept. Accents are stripped because copies lose them unevenly (capitals written "Etat" for "État", feeds reduced to
 * ASCII, repaired mojibake) while five-word context keeps the few French words that differ only by an accent
 * ("a"/"à", "ou"/"où") from making unrelated texts look alike.
 *
 * <p>A text with fewer words than one shingle has one shingle made of all its words; a text without words has none.
 * Immutable and thread-safe.
 */
public final class Shingles {
    public static final int DEFAULT_SIZE = 5;

    private final int size;

    public Shingles() { this(DEFAULT_SIZE); }

    public Shingles(int size) {
        if (size < 1) throw new IllegalArgumentException("shingle size must be at least 1, not " + size);
        this.size = size;
    }

    public int size() { return size; }

    /** The normalised words of a text, in order. */
    public static List<String> words(String text) {
        Objects.requireNonNull(text, "text");
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue; // the accents NFKD split off
            if (Character.isLetterOrDigit(c)) {
                appendLower(word, c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) words.add(word.toString());
        return words;
    }

    private static void appendLower(StringBuilder word, int c) {
        // Ligatures do not decompose under NFKD, yet copies write "oeuvre" for "œuvre".
        switch (c) {
            case 'œ': case 'Œ': word.append("oe"); break;
            case 'æ': case 'Æ': word.append("ae"); break;
            default: word.appendCodePoint(Character.toLowerCase(c));
        }
    }

    /** The distinct shingle hashes of a text, in ascending order; empty for a text without words. */
    public long[] hashes(String text) {
        List<String> words = words(text);
        int n = words.size();
        if (n == 0) return new long[0];
        long[] w = new long[n];
        for (int i = 0; i < n; i++) w[i] = Hash64.fnv1a(words.get(i));
        int k = Math.min(size, n);
        long[] out = new long[n - k + 1];
        for (int i = 0; i < out.length; i++) out[i] = hash(w, i, k);
        Arrays.sort(out);
        return distinct(out);
    }

    /**
     * FNV-1a over the words' 64-bit hashes taken as units, then the Murmur finaliser: order-sensitive, and collisions
     * only come from full 64-bit ones.
     */
    private static long hash(long[] w, int from, int k) {
        long h = Hash64.FNV_OFFSET;
        for (int j = from; j < from + k; j++) h = (h ^ w[j]) * Hash64.FNV_PRIME;
        return Hash64.fmix(h);
    }

    private static long[] distinct(long[] sorted) {
        int m = 0;
        for (int i = 0; i < sorted.length; i++) if (m == 0 || sorted[i] != sorted[m - 1]) sorted[m++] = sorted[i];
        return m == sorted.length ? sorted : Arrays.copyOf(sorted, m);
    }
}
