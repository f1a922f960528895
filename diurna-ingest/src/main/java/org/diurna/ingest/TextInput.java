package org.diurna.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.diurna.model.Problem;

/**
 * Turns raw bytes into text, or says why not: empty input, binary data, invalid UTF-8, or a text too large to be one
 * news article. Bad input is data: the caller records the problem and goes on with the next input.
 */
public final class TextInput {
    /** Longest text read as one article by default: 2 MB is far beyond any dispatch. */
    public static final int DEFAULT_MAX_BYTES = 2_000_000;

    /** The decoded text, or the problem. */
    public record Result(String text, Problem problem) {
        public boolean ok() { return problem == null; }
    }

    private TextInput() {}

    public static Result decode(byte[] bytes, String where, int maxBytes) {
        if (bytes.length == 0) return fail("empty", where, "the input is empty");
        if (bytes.length > maxBytes) {
            return fail("too-large", where, "the input has " + bytes.length + " bytes, more than the " + maxBytes
                    + " a news article may have (raise the limit with --max-bytes)");
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) return fail("binary", where, "binary data, not text (a NUL byte at offset " + nul + ")");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return fail("encoding", where, "not valid UTF-8 (" + e.getMessage()
                    + "); convert it first, e.g. iconv -f latin1 -t utf-8");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (controlShare(text) > 0.05) return fail("binary", where, "mostly control characters: not a text");
        if (text.isBlank()) return fail("empty", where, "the input holds only white space");
        return new Result(text, null);
    }

    private static Result fail(String code, String where, String detail) {
        return new Result(null, new Problem(code, where, detail));
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) if (b[i] == 0) return i;
        return -1;
    }

    private static double controlShare(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') n++;
        }
        return s.isEmpty() ? 0 : (double) n / s.length();
    }
}
