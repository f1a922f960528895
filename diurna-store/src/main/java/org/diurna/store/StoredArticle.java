package org.diurna.store;

import java.util.Objects;
import org.diurna.model.Article;
import org.diurna.pipeline.Document;

/**
 * One article to add to the database, with its reading and what the caller's near-duplicate detection found.
 *
 * @param articleId   the caller's content hash: the article's key, so that re-ingesting the same text is a no-op
 * @param source      where it was read (file path, "path#N"), or null
 * @param article     the article as read
 * @param reading     its reading (not rejected: rejected documents go to {@link EventStore#addProblem})
 * @param duplicateOf article id of the stored article this one nearly copies, or null
 * @param similarity  estimated similarity with {@code duplicateOf} (0 when not a duplicate)
 * @param minhash     the caller's MinHash signature, stored so it can rebuild its index; may be null
 */
public record StoredArticle(String articleId, String source, Article article, Document reading, String duplicateOf,
                            double similarity, byte[] minhash) {
    public StoredArticle {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(reading, "reading");
        if (reading.rejected()) {
            throw new IllegalArgumentException("article " + articleId + " was rejected (" + reading.rejection()
                    + "): record it with addProblem, not addArticle");
        }
    }

    /** An original article (not a near-duplicate). */
    public static StoredArticle of(String articleId, String source, Document reading, byte[] minhash) {
        return new StoredArticle(articleId, source, reading.article(), reading, null, 0, minhash);
    }

    public boolean duplicate() { return duplicateOf != null; }
}
