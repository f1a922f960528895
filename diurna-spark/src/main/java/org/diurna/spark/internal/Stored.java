package org.diurna.spark.internal;

import java.io.Serializable;

/**
 * An article the job keeps, in reading order, with its near-duplicate link (null for an original).
 *
 * @param seq      1, 2, 3... the article's {@code ingest_seq}
 * @param read     what its read task made of it
 * @param original the article it nearly copies, or null
 */
public record Stored(long seq, ReadOutcome read, NearCopies.Original original) implements Serializable {
    public boolean duplicate() {
        return original != null;
    }

    public String articleId() {
        return read.articleId();
    }
}
