package org.diurna.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Request bodies, read with a hard limit: the web server's own limit holds only for bodies that announce their
 * length, a chunked body ("Transfer-Encoding: chunked") says nothing in advance and was read whole whatever its size.
 * Only JSON is accepted: a text/plain or form body is what a foreign web page can post without the browser asking
 * first (a CORS "simple" request), so refusing it keeps such pages from using the API.
 */
final class Bodies {
    private Bodies() {}

    /** The body, at most {@code max} bytes (413 beyond), of a request that says it is JSON (415 otherwise). */
    static byte[] json(Context ctx, long max) {
        String type = ctx.header("Content-Type");
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        if (!t.equals("application/json") && !(t.startsWith("application/") && t.endsWith("+json"))) {
            throw new ApiException(415, "Unsupported media type", "send the body as JSON with 'Content-Type: "
                    + "application/json' (got " + (type == null ? "none" : "'" + type + "'") + ")", "Content-Type");
        }
        return read(ctx, max);
    }

    static byte[] read(Context ctx, long max) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] buf = new byte[8192];
            int n = 0;
            int r;
            while ((r = in.read(buf, n, buf.length - n)) != -1) {
                n += r;
                if (n > max) throw tooLarge(max);
                if (n == buf.length) buf = Arrays.copyOf(buf, (int) Math.min(max + 1, (long) buf.length * 2));
            }
            return Arrays.copyOf(buf, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApiException tooLarge(long max) {
        return new ApiException(413, "Content too large", "the body is over " + max + " bytes", null);
    }
}
