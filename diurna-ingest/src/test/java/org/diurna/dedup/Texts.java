package org.diurna.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic texts with a known shingle Jaccard similarity, and the exact similarity itself. */
final class Texts {
    private Texts() {}

    /** Words that never repeat by chance, so that the shingle sets are what the edits make them. */
    static List<String> randomWords(Random random, int n) {
        List<String> words = new ArrayList<>(n);
        for (int i = 0; i < n; i++) words.add(randomWord(random));
        return words;
    }

    static String randomWord(Random random) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 8; i++) w.append((char) ('a' + random.nextInt(26)));
        return w.toString();
    }

    /** A copy of {@code words}, single words replaced at random until its exact similarity is at most {@code max}. */
    static List<String> editedUntil(List<String> words, double max, Random random) {
        List<String> copy = new ArrayList<>(words);
        String original = String.join(" ", words);
        while (jaccard(original, String.join(" ", copy)) > max) {
            copy.set(random.nextInt(copy.size()), randomWord(random));
        }
        return copy;
    }

    /** The exact Jaccard similarity of two texts' 5-word shingle sets. */
    static double jaccard(String a, String b) {
        Shingles shingles = new Shingles();
        long[] x = shingles.hashes(a);
        long[] y = shingles.hashes(b);
        int i = 0, j = 0, common = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common / (double) (x.length + y.length - common);
    }
}
