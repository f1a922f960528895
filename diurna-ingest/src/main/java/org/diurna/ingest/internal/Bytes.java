package org.diurna.ingest.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.diurna.ingest.Input;

/** Bounded reading of whole files, gzip-compressed or not. */
public final class Bytes {
    private static final int BUFFER = 1 << 16;

    /** The bytes of a file, or the problem that kept it from being read. */
    public record Loaded(byte[] bytes, Input failure) {}

    private Bytes() {}

    public static InputStream open(Path p, boolean gzip) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(p), BUFFER);
        if (!gzip) return in;
        try {
            return new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** At most {@code limit + 1} bytes: one byte more than the limit is enough to know it is exceeded. */
    public static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit == Integer.MAX_VALUE ? limit : limit + 1);
    }

    /**
     * A whole file of at most {@code limit} bytes (after decompression). An uncompressed file over the limit is
     * refused from its size alone, without reading it: a 20 MB page costs nothing.
     */
    public static Loaded load(Path p, boolean gzip, int limit, String source, String format, String what) {
        try {
            if (!gzip) {
                long size = Files.size(p);
                if (size > limit) return new Loaded(null, Problems.tooLarge(source, format, what, size, limit));
            }
            byte[] b;
            try (InputStream in = open(p, gzip)) {
                b = readAtMost(in, limit);
            }
            if (b.length > limit) return new Loaded(null, Problems.tooLarge(source, format, what, -1, limit));
            return new Loaded(b, null);
        } catch (IOException e) {
            return new Loaded(null, Problems.io(source, format, e, null));
        }
    }

    /** The first bytes of a file (decompressed if gzip), for sniffing its format. */
    public static byte[] head(Path p, boolean gzip, int n) throws IOException {
        try (InputStream in = open(p, gzip)) {
            return in.readNBytes(n);
        }
    }
}
