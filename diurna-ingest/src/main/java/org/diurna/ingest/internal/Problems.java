package org.diurna.ingest.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;
import org.diurna.ingest.Input;
import org.diurna.model.Problem;

/**
 * The problems every reader reports, worded once so that the same fault reads the same whatever the format.
 * Codes: not-found, unsupported-format, unreadable, truncated, malformed, too-large, empty (plus TextInput's binary
 * and encoding).
 */
public final class Problems {
    private Problems() {}

    public static Input fail(String source, String format, String code, String detail) {
        return Input.failed(source, format, new Problem(code, source, detail));
    }

    public static Input tooLarge(String source, String format, String what, long size, int max) {
        String has = size > max ? " has " + size + " bytes" : " has more than " + max + " bytes";
        return fail(source, format, "too-large", what + has + ", more than the " + max
                + " a news article may have (raise the limit with --max-bytes)");
    }

    /** The file ends early; {@code after} (or null) says what was read before the end. */
    public static Input truncated(String source, String format, String after) {
        return fail(source, format, "truncated", "the file ends early (an interrupted download or copy?)"
                + (after == null ? "" : "; " + after));
    }

    /** An I/O failure, named by what it most likely means for the person who gave the file. */
    public static Input io(String source, String format, IOException e, String after) {
        String suffix = after == null ? "" : "; " + after;
        if (e instanceof EOFException) return truncated(source, format, after);
        if (e instanceof ZipException) {
            return fail(source, format, "malformed", "not a valid gzip file (" + brief(e.getMessage()) + ")" + suffix);
        }
        if (e instanceof NoSuchFileException) return fail(source, format, "not-found", "no such file or folder");
        if (e instanceof AccessDeniedException) return fail(source, format, "unreadable", "permission denied");
        return fail(source, format, "unreadable", "cannot read: " + brief(e.getMessage()) + suffix);
    }

    /** A failure inside a parser we do not own: bad content must still come back as data. */
    public static Input unexpected(String source, String format, RuntimeException e) {
        return fail(source, format, "malformed", "cannot be read (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + brief(e.getMessage())) + ")");
    }

    /** The first line of a library's message, cut short: some quote the offending bytes at length. */
    public static String brief(String message) {
        if (message == null || message.isBlank()) return "no detail given";
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() <= 160 ? line : line.substring(0, 160) + "...";
    }
}
