package org.diurna.ingest.internal;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * The decompressed bytes of a gzip file that may have been cut short, as a channel that ends where the cut is
 * instead of failing: every byte that can be decompressed is delivered, then end of stream, and {@link #cut()} says
 * whether that end was a cut rather than the file's real end. Concatenated members (a {@code .warc.gz} has one per
 * record) read as one stream; bytes that are not a gzip member are a {@link ZipException}.
 *
 * <p>Why not {@link java.util.zip.GZIPInputStream} or jwarc's own gunzip: the first ends silently when a cut falls in
 * a member's header, losing the fact that the file was cut; the second fails the whole read that meets the cut, and
 * with it the whole records already decompressed into the same buffer.
 */
final class CutGzip implements ReadableByteChannel {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final PushbackInputStream in;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] input = new byte[1 << 16];
    private final byte[] output = new byte[1 << 16];
    private int inputLength;
    private boolean inMember;
    private boolean open = true;
    private boolean ended;
    private boolean cut;

    private CutGzip(InputStream in) {
        this.in = new PushbackInputStream(new BufferedInputStream(in, 1 << 16), input.length);
    }

    static CutGzip open(Path file) throws IOException {
        return new CutGzip(Files.newInputStream(file));
    }

    /** Whether {@code file} starts with the gzip magic number, whatever its name. */
    static boolean isGzip(Path file) throws IOException {
        try (InputStream s = Files.newInputStream(file)) {
            return s.read() == 0x1f && s.read() == 0x8b;
        }
    }

    /** Whether the file ended inside a gzip member. */
    boolean cut() {
        return cut;
    }

    @Override public int read(ByteBuffer dst) throws IOException {
        try {
            while (!ended) {
                if (!inMember && !startMember()) break;
                if (inflater.needsInput()) {
                    inputLength = in.read(input);
                    if (inputLength < 0) throw new EOFException();
                    inflater.setInput(input, 0, inputLength);
                }
                int n = inflater.inflate(output, 0, Math.min(dst.remaining(), output.length));
                crc.update(output, 0, n);
                if (inflater.finished()) endMember();
                if (n > 0 || !dst.hasRemaining()) {
                    dst.put(output, 0, n);
                    return n;
                }
                if (inflater.needsDictionary()) throw new ZipException("not a gzip member (a preset dictionary)");
            }
            return -1;
        } catch (EOFException e) {
            cut = true;
            ended = true;
            return -1;
        } catch (DataFormatException e) {
            throw new ZipException("corrupt compressed data (" + e.getMessage() + ")");
        }
    }

    /** Reads the next member's header; false at the end of the file. */
    private boolean startMember() throws IOException {
        int first = in.read();
        if (first < 0) {
            ended = true;
            return false;
        }
        if (first != 0x1f || next() != 0x8b) throw new ZipException("not in gzip format");
        if (next() != 8) throw new ZipException("unsupported compression method");
        int flags = next();
        for (int i = 0; i < 6; i++) next(); // modification time, extra flags, operating system
        if ((flags & FEXTRA) != 0) for (int n = next() | next() << 8; n > 0; n--) next();
        if ((flags & FNAME) != 0) while (next() != 0) { /* the original file name */ }
        if ((flags & FCOMMENT) != 0) while (next() != 0) { /* a comment */ }
        if ((flags & FHCRC) != 0) { next(); next(); }
        inflater.reset();
        crc.reset();
        inMember = true;
        return true;
    }

    /** Gives back the bytes the inflater read past the member, and checks its trailer. */
    private void endMember() throws IOException {
        int rest = inflater.getRemaining();
        if (rest > 0) in.unread(input, inputLength - rest, rest);
        long sum = next() | next() << 8 | next() << 16 | (long) next() << 24;
        long size = next() | next() << 8 | next() << 16 | (long) next() << 24;
        if (sum != crc.getValue() || size != (inflater.getBytesWritten() & 0xFFFFFFFFL)) {
            throw new ZipException("corrupt gzip trailer: the data does not match its checksum");
        }
        inMember = false;
    }

    private int next() throws IOException {
        int b = in.read();
        if (b < 0) throw new EOFException();
        return b;
    }

    @Override public boolean isOpen() {
        return open;
    }

    @Override public void close() throws IOException {
        open = false;
        inflater.end();
        in.close();
    }
}
