package org.diurna.pipeline;

import java.time.Duration;

/**
 * The bounds within which one article is read, so that no input can exhaust the reader: a text longer than
 * {@code maxChars} is refused (its reading could not finish within the budget), a "word" longer than
 * {@code maxWordChars} (a run without spaces: base64, a pasted URL list, a hostile input) is blanked before the parse,
 * a sentence of more than {@code maxSentenceTokens} tokens is left unparsed, and a reading still running after
 * {@code timeBudget} is stopped. Each of these is recorded as a {@link org.diurna.model.Problem}, never thrown.
 *
 * <p>Why these defaults: CoreNLP's NER builds character n-gram features per token (a 200,000-character token
 * exhausts a 3 GB heap) and the dependency parser's cost grows with sentence length; news sentences rarely pass 120
 * tokens and news words 40 characters. Measured here (2 cores): 245,000 characters of French Wikinews articles read
 * in 70 s, so 200,000 characters (a long feature is 5,000-10,000) finish in about a minute, half the two-minute
 * budget, leaving room for a busy machine.
 *
 * @param maxChars          longest text read as one article, in characters
 * @param maxWordChars      longest run of non-space characters parsed as a word
 * @param maxSentenceTokens longest sentence parsed, in tokens
 * @param timeBudget        longest time one reading may take
 */
public record Limits(int maxChars, int maxWordChars, int maxSentenceTokens, Duration timeBudget) {
    /** The limits of every reading unless told otherwise (system properties diurna.maxChars, diurna.timeBudgetSeconds). */
    public static final Limits DEFAULT = new Limits(Integer.getInteger("diurna.maxChars", 200_000), 200, 250,
            Duration.ofSeconds(Long.getLong("diurna.timeBudgetSeconds", 120)));

    public Limits {
        if (maxChars <= 0 || maxWordChars <= 0 || maxSentenceTokens <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("time budget must be positive");
        }
    }

    public Limits withTimeBudget(Duration d) {
        return new Limits(maxChars, maxWordChars, maxSentenceTokens, d);
    }

    public Limits withMaxChars(int n) {
        return new Limits(n, maxWordChars, maxSentenceTokens, timeBudget);
    }
}
