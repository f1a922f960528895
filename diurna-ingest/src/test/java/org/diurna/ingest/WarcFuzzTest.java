package org.diurna.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Web archives: spoiled, cut short, or with any HTTP message inside, a WARC file is read to its end. */
class WarcFuzzTest {
    private static java.nio.file.Path dir;
    /** A small archive and, for its gzip form, where each record ends. */
    private static byte[] plain;
    private static byte[] gzip;
    private static List<Long> gzipEnds;

    @BeforeContainer static void archives() throws IOException {
        dir = Fuzz.folder();
        plain = archive(WarcCompression.NONE, new ArrayList<>());
        gzipEnds = new ArrayList<>();
        gzip = archive(WarcCompression.GZIP, gzipEnds);
    }

    @AfterContainer static void clean() throws IOException {
        Fuzz.delete(dir);
    }

    private static byte[] archive(WarcCompression compression, List<Long> ends) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
            for (int i = 1; i <= 3; i++) {
                String page = "<html><body><article><h1>Article " + i + "</h1><p>" + HtmlFuzzTest.SENTENCE
                        + " Numéro " + i + ".</p></article></body></html>";
                w.write(response("https://quotidien.example/2017/05/0" + i + "/a", "text/html; charset=utf-8",
                        page.getBytes(StandardCharsets.UTF_8), null));
                ends.add(w.position());
            }
            w.write(response("https://quotidien.example/gz", "text/html", gzip(("<p>" + HtmlFuzzTest.SENTENCE
                    + "</p>").getBytes(StandardCharsets.UTF_8)), "gzip"));
            ends.add(w.position());
        }
        return out.toByteArray();
    }

    private static WarcResponse response(String uri, String type, byte[] body, String encoding)
            throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body);
        if (encoding != null) http.addHeader("Content-Encoding", encoding);
        return new WarcResponse.Builder(URI.create(uri)).date(Instant.parse("2023-09-01T10:00:00Z"))
                .body(http.build()).build();
    }

    static byte[] gzip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Property(tries = 250) void aSpoiledArchiveIsReadToItsEnd(@ForAll("spoiledPlain") byte[] bytes) {
        Fuzz.readAll(Fuzz.file(dir, "crawl.warc", bytes), Fuzz.SMALL);
    }

    @Provide Arbitrary<byte[]> spoiledPlain() {
        return Arbitraries.oneOf(Fuzz.spoiled(plain), Fuzz.bytes(600),
                Fuzz.bytes(200).map(b -> concat("WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII), b)));
    }

    @Property(tries = 150) void aSpoiledGzipArchiveIsReadToItsEnd(@ForAll("spoiledGzip") byte[] bytes) {
        Fuzz.readAll(Fuzz.file(dir, "crawl.warc.gz", bytes), Fuzz.SMALL);
    }

    @Provide Arbitrary<byte[]> spoiledGzip() {
        return Fuzz.spoiled(gzip);
    }

    /**
     * A .warc.gz cut anywhere but between two records: the pages before the cut are read as they are, and a problem
     * says the rest is missing (how it words it is another change's business).
     */
    @Property(tries = 150) void aGzipArchiveCutShortKeepsWhatCameBeforeAndSaysSo(@ForAll("cuts") int cut) {
        Assume.that(!gzipEnds.contains((long) cut));
        List<Input> whole = Fuzz.readAll(Fuzz.file(dir, "whole.warc.gz", gzip), Fuzz.SMALL);
        List<Input> in = Fuzz.readAll(Fuzz.file(dir, "cut.warc.gz", Arrays.copyOf(gzip, cut)), Fuzz.SMALL);
        List<Input> pages = in.stream().filter(Input::ok).toList();
        assertEquals(whole.subList(0, pages.size()).stream().map(i -> i.article().text()).toList(),
                pages.stream().map(i -> i.article().text()).toList(), "the pages before the cut, unchanged");
        assertTrue(in.stream().anyMatch(i -> !i.ok()), () -> "a cut at " + cut + " goes unsaid: " + in);
    }

    @Provide Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, gzip.length - 1);
    }

    /** Any HTTP message (status line, headers, encodings, chunks, bytes) inside a well-formed WARC record. */
    @Property(tries = 300) void anyHttpMessageInARecordIsAPageOrAProblem(@ForAll("messages") byte[] http) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out))) {
            w.write(new WarcResponse.Builder(URI.create("https://a.example/x")).date(Instant.EPOCH)
                    .body(MediaType.HTTP_RESPONSE, http).build());
            w.write(response("https://a.example/2016/11/30/b", "text/html", ("<p>" + HtmlFuzzTest.SENTENCE
                    + "</p>").getBytes(StandardCharsets.UTF_8), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Input> in = Fuzz.readAll(Fuzz.file(dir, "one.warc", out.toByteArray()), Fuzz.SMALL);
        Input last = in.get(in.size() - 1);
        assertEquals("https://a.example/2016/11/30/b", last.article().url(), "the next record is read all the same");
    }

    @Provide Arbitrary<byte[]> messages() {
        Arbitrary<String> status = Arbitraries.of("HTTP/1.1 200 OK", "HTTP/1.0 200", "HTTP/1.1 999 X", "HTTP/2 200",
                "HTTP/1.1 -1 X", "HTTP/1.1 200 OK\u0000", "200 OK", "", "HTTP/1.1 2147483648 Big");
        Arbitrary<String> header = Arbitraries.of("Content-Type: text/html", "Content-Type: text/html; charset=utf-16",
                "Content-Type: text/html; charset=\u0000", "Content-Type: application/xhtml+xml",
                "Content-Type: ;;;", "Content-Type: text/html; charset=\"unterminated",
                "Content-Encoding: gzip", "Content-Encoding: br", "Content-Encoding: deflate",
                "Content-Encoding: x-unknown", "Transfer-Encoding: chunked", "Content-Length: 5",
                "Content-Length: -1", "Content-Length: 99999999999999999999", "X: " + "y".repeat(5000),
                "no colon", ": empty name", " folded continuation");
        Arbitrary<byte[]> body = Arbitraries.oneOf(Fuzz.bytes(300),
                Arbitraries.of("<p>" + HtmlFuzzTest.SENTENCE + "</p>", "5\r\nabcde\r\n0\r\n\r\n", "zz\r\nab\r\n",
                        "ffffffff\r\nab").map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.just(gzip("<p>x</p>".getBytes(StandardCharsets.UTF_8))),
                Fuzz.spoiled(deflate(("<p>" + HtmlFuzzTest.SENTENCE + "</p>").getBytes(StandardCharsets.UTF_8))));
        return net.jqwik.api.Combinators.combine(status, header.list().ofMaxSize(5), body, Arbitraries.of("\r\n", "\n"))
                .as((s, hs, b, nl) -> concat((s + nl + String.join(nl, hs) + nl + nl)
                        .getBytes(StandardCharsets.UTF_8), b));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Raw deflate, as jwarc reads Content-Encoding: deflate. */
    static byte[] deflate(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
            z.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Found by {@link #anyHttpMessageInARecordIsAPageOrAProblem}: a deflate body that is empty or cut short hung the
     * reading for ever (jwarc's inflater reads nothing, again and again). Now it is a problem of its record, and a
     * whole deflate body still reads.
     */
    @Example void aDeflateBodyCutShortIsAProblemNotAHang() throws IOException {
        byte[] page = ("<p>" + HtmlFuzzTest.SENTENCE + "</p>").getBytes(StandardCharsets.UTF_8);
        byte[] whole = deflate(page);
        for (byte[] body : List.of(new byte[0], "ab".getBytes(StandardCharsets.US_ASCII),
                Arrays.copyOf(whole, whole.length / 2))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (WarcWriter w = new WarcWriter(Channels.newChannel(out))) {
                w.write(response("https://a.example/cut", "text/html", body, "deflate"));
                w.write(response("https://a.example/whole", "text/html", whole, "Deflate"));
            }
            List<Input> in = Fuzz.readAll(Fuzz.file(dir, "deflate.warc", out.toByteArray()), Fuzz.SMALL);
            assertEquals(2, in.size(), in::toString);
            assertEquals("malformed", in.get(0).problem().code());
            assertEquals(HtmlFuzzTest.SENTENCE, in.get(1).article().text());
        }
    }

    @Example void theIntactArchivesAreTheirPages() {
        for (var f : List.of(Fuzz.file(dir, "a.warc", plain), Fuzz.file(dir, "a.warc.gz", gzip))) {
            List<Input> in = Fuzz.readAll(f, Fuzz.SMALL);
            assertEquals(4, in.size(), in::toString);
            assertTrue(in.stream().allMatch(Input::ok), in::toString);
            assertEquals(HtmlFuzzTest.SENTENCE, in.get(3).article().text(), "a gzip-encoded body");
        }
    }
}
