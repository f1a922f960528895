package org.diurna.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.diurna.model.Problem;

/**
 * Turns raw bytes into text, or says why not: empty input, binary data, invalid UTF-8 (with the offset of the first
 * bad byte), or a text too large to be one news article. Text is UTF-8, or UTF-16 when it starts with a UTF-16 byte
 * order mark (as Windows editors save "Unicode" text). Bad input is data: the caller records the problem and goes on
 * with the next input.
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
        Charset cs = byteOrderMark(bytes);
        // in UTF-16 half the bytes of Latin text are NUL: only a NUL character, once decoded, means binary
        int nul = cs == StandardCharsets.UTF_8 ? indexOfNul(bytes) : -1;
        if (nul >= 0) return fail("binary", where, "binary data, not text (a NUL byte at offset " + nul + ")");
        int skip = cs == StandardCharsets.UTF_8 ? 0 : 2;
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) return fail("encoding", where, invalid(cs, bytes, in.position(), r.length()));
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.indexOf('\0') >= 0) {
            return fail("binary", where, "binary data, not text (a NUL character in " + cs.name() + " text)");
        }
        if (controlShare(text) > 0.05) return fail("binary", where, "mostly control characters: not a text");
        if (text.isBlank()) return fail("empty", where, "the input holds only white space");
        return new Result(text, null);
    }

    /** UTF-16LE or UTF-16BE when the bytes start with that byte order mark, else UTF-8. */
    private static Charset byteOrderMark(byte[] b) {
        if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) return StandardCharsets.UTF_16BE;
        return StandardCharsets.UTF_8;
    }

    /** Where the first bad byte is and what it is, so that the person can look at it (or tell it is Latin-1). */
    private static String invalid(Charset cs, byte[] b, int at, int length) {
        StringBuilder bad = new StringBuilder();
        for (int i = at; i < Math.min(b.length, at + Math.max(1, length)); i++) {
            bad.append(bad.length() == 0 ? "" : " ").append(String.format("0x%02X", b[i] & 0xFF));
        }
        int line = 1;
        for (int i = 0; i < at; i++) if (b[i] == '\n') line++;
        String plural = length > 1 ? "bytes " : "byte ";
        String where = "invalid " + plural + bad + " at offset " + at + (cs == StandardCharsets.UTF_8
                ? " (line " + line + ")" : "");
        if (cs != StandardCharsets.UTF_8) {
            return "not " + cs.name() + " as its byte order mark says: " + where + " (a truncated file?)";
        }
        return "not UTF-8: " + where + "; convert it first, e.g. iconv -f latin1 -t utf-8";
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
