package org.diurna.ingest.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.diurna.ingest.HtmlArticles;
import org.diurna.ingest.IngestOptions;
import org.diurna.ingest.Input;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web archives ({@code .warc}, {@code .warc.gz}): each HTTP response with status 200 and an HTML content type is a
 * page, read as {@code file#N} (N counts every record, so that it can be found again) with its WARC-Target-URI as
 * URL. Other records (requests, metadata, images, redirects) are skipped silently. The WARC-Date is when the page
 * was fetched, not published: the date comes from the page alone.
 *
 * <p>A response whose HTTP message is corrupt is a problem and the reading goes on, the WARC framing being intact; a
 * broken WARC header or a truncated file ends the reading with one problem, after the records read before it.
 */
public final class WarcArticles extends Records {
    public static final String FORMAT = Format.WARC.label;

    private final WarcReader reader;
    private final CutGzip gzip; // null for an uncompressed WARC
    private final String source;
    private final IngestOptions opts;
    private int n;
    private int pages;
    private boolean ended;
    private WarcRecord lookahead;

    private WarcArticles(WarcReader reader, CutGzip gzip, String source, IngestOptions opts) {
        this.reader = reader;
        this.gzip = gzip;
        this.source = source;
        this.opts = opts;
    }

    public static Records open(Path file, String source, IngestOptions opts) {
        ReadableByteChannel channel = null;
        try {
            // gzip is decompressed here rather than by jwarc, which loses the whole records before a cut
            CutGzip gzip = CutGzip.isGzip(file) ? CutGzip.open(file) : null;
            channel = gzip != null ? gzip : FileChannel.open(file);
            WarcReader reader = new WarcReader(channel); // reads the first bytes: may fail on a broken file
            reader.setLenient(true);
            reader.onWarning(w -> { }); // lenient parsing: tolerated deviations are not problems
            return new WarcArticles(reader, gzip, source, opts);
        } catch (IOException e) {
            try {
                if (channel != null) channel.close();
            } catch (IOException closing) {
                // nothing was written: a failed close loses nothing
            }
            return Records.of(Problems.io(source, FORMAT, e, null));
        }
    }

    @Override protected Input computeNext() {
        while (!ended) {
            WarcRecord record = lookahead;
            lookahead = null;
            if (record == null) {
                try {
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) {
                        ended = true;
                        if (cut()) return Problems.truncated(source, FORMAT, pages + " pages read before");
                        return n == 0 ? Problems.fail(source, FORMAT, "empty", "the file holds no WARC record") : null;
                    }
                    record = next.get();
                } catch (IOException | RuntimeException e) {
                    ended = true;
                    return fatal(source + "#" + (n + 1), e);
                }
            }
            String where = source + "#" + ++n;
            if (!(record instanceof WarcResponse response)) continue;
            try {
                Input in = page(response, where);
                if (in != null) {
                    pages++;
                    return in;
                }
            } catch (IOException | RuntimeException e) {
                // a record cut short, a corrupt HTTP message or an unknown encoding spoils this record only, unless
                // the file itself ends here: reading the next record tells which
                try {
                    lookahead = reader.next().orElse(null);
                    if (lookahead == null) ended = true;
                } catch (IOException | RuntimeException end) {
                    ended = true;
                    return fatal(where, end);
                }
                if (cut()) { // the record is the one the cut spoiled
                    ended = true;
                    return Problems.truncated(source, FORMAT, pages + " pages read before");
                }
                pages++;
                return Problems.fail(where, FORMAT, "malformed", "the HTTP response cannot be read ("
                        + Problems.brief(e.getMessage()) + ")");
            }
        }
        return null;
    }

    /** The record's page, or null when it is not an HTML page fetched successfully. */
    private Input page(WarcResponse response, String where) throws IOException {
        MediaType block = response.contentType();
        if (!block.type().equalsIgnoreCase("application") || !block.subtype().equalsIgnoreCase("http")) return null;
        HttpResponse http = response.http();
        if (http.status() != 200) return null;
        MediaType type = http.contentType();
        String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) return null;
        // not closed: the reader consumes and closes the record's body itself when it moves to the next record
        byte[] body = Bytes.readAtMost(decoded(http), opts.maxBytes());
        if (body.length > opts.maxBytes()) {
            return Problems.tooLarge(where, FORMAT, "the page", -1, opts.maxBytes());
        }
        Input page = HtmlArticles.read(body, type.parameters().get("charset"), where, response.target(), opts);
        return page.ok() ? new Input(where, FORMAT, page.article(), null, page.warnings())
                : Input.failed(where, FORMAT, page.problem());
    }

    /**
     * The body without its Content-Encoding. jwarc decodes all but {@code deflate}: its inflater does not see its
     * input end, and on a deflate body that is empty or cut short returns no bytes, forever, which hung the reading.
     * That one is inflated here the way jwarc does it (raw deflate), and a body cut short ends in an EOFException.
     */
    private static InputStream decoded(HttpResponse http) throws IOException {
        List<String> encodings = http.headers().all("Content-Encoding");
        if (encodings.size() == 1 && encodings.get(0).equalsIgnoreCase("deflate")) {
            return new InflaterInputStream(http.body().stream(), new Inflater(true));
        }
        return http.bodyDecoded().stream();
    }

    /** The file cannot be read on: it ends early, or its WARC framing is broken. */
    private Input fatal(String where, Exception e) {
        String after = pages + " pages read before";
        // a record that the cut of a .warc.gz spoils fails to parse as anything: the cut is what to report
        if (e instanceof EOFException || cut()) return Problems.truncated(source, FORMAT, after);
        if (e instanceof IOException io && !(e instanceof ParsingException)) {
            return Problems.io(where, FORMAT, io, after);
        }
        return Problems.fail(where, FORMAT, "malformed", "not a valid WARC record ("
                + Problems.brief(e.getMessage()) + "); the rest of the file cannot be read, " + after);
    }

    private boolean cut() {
        return gzip != null && gzip.cut();
    }

    @Override public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // nothing was written: a failed close loses nothing
        }
    }
}
