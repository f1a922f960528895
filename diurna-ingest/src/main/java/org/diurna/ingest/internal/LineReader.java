package org.diurna.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as bytes, keeping at most {@code max + 1} bytes of a line: one runaway line (a whole
 * dump without newlines) costs no more memory than a normal one, and is reported as too large by the caller.
 */
final class LineReader {
    /** A line without its end-of-line; {@code length} counts all its bytes, kept or not. */
    record Line(byte[] bytes, long length) {}

    private final InputStream in;
    private final int keep;
    private byte[] buf = new byte[8192];

    LineReader(InputStream in, int max) {
        this.in = in;
        this.keep = max == Integer.MAX_VALUE ? max : max + 1;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int n = 0;
        long length = 0;
        int c = in.read();
        if (c < 0) return null;
        while (c >= 0 && c != '\n') {
            if (n < keep) {
                if (n == buf.length) buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, keep));
                buf[n++] = (byte) c;
            }
            length++;
            c = in.read();
        }
        if (n > 0 && buf[n - 1] == '\r' && length == n) {
            n--;
            length--;
        }
        return new Line(Arrays.copyOf(buf, n), length);
    }
}
