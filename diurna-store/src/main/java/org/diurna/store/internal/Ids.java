package org.diurna.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic identifiers: a hash of where a row first came from, so that the same articles ingested in the same
 * order give the same ids on every machine and after every crash-and-resume.
 */
public final class Ids {
    private Ids() {}

    /** Id of the event row created by mention {@code localId} of article {@code articleId}. */
    public static String event(String articleId, String localId) {
        return "ev-" + hex16(articleId + "/" + localId);
    }

    /** Id of the mention row of event {@code localId} in article {@code articleId}. */
    public static String mention(String articleId, String localId) {
        return "m-" + hex16(articleId + "/" + localId);
    }

    static String hex16(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
