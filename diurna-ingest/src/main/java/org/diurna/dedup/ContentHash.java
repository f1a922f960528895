package org.diurna.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The fingerprint of a text for exact-duplicate detection: the SHA-256 (lowercase hex) of the text after Unicode NFC,
 * unification of typographic apostrophes, quotes, dashes and spaces, and collapse of white space. Two files that
 * differ only in line endings, non-breaking spaces, curly quotes or guillemet spacing get the same hash; any change of
 * a word, a letter's case or an accent gives another one.
 */
public final class ContentHash {
    private ContentHash() {}

    /** @return 64 lowercase hex digits */
    public static String of(String text) {
        Objects.requireNonNull(text, "text");
        byte[] bytes = Typography.normalize(text).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
