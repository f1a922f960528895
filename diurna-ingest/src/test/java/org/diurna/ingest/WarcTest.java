package org.diurna.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diurna.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcTest {
    private static final Instant FETCHED = Instant.parse("2023-09-01T10:00:00Z");

    private static String page(String title, String paragraph) {
        return "<html lang=\"fr\"><head><title>" + title + "</title></head><body><nav><a href=\"/\">Accueil</a>"
                + "</nav><article><h1>" + title + "</h1><p>" + paragraph + "</p></article></body></html>";
    }

    private static WarcResponse response(String uri, int status, MediaType type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
                .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(uri)).date(FETCHED).body(http).build();
    }

    @Test void onlyHtmlResponsesAreArticles(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("crawl.warc");
        String uri = "https://quotidien.example/politique/remaniement";
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE))) {
            HttpRequest get = new HttpRequest.Builder("GET", "/politique/remaniement")
                    .addHeader("Host", "quotidien.example").build();
            w.write(new WarcRequest.Builder(URI.create(uri)).date(FETCHED).body(get).build());
            w.write(response(uri, 200, MediaType.HTML_UTF8, page("Remaniement ministériel",
                    "Trois ministres quittent le gouvernement, a annoncé l'Élysée mardi soir.")));
            w.write(response("https://quotidien.example/logo.png", 200, MediaType.parse("image/png"), "PNG"));
            w.write(response("https://quotidien.example/ancien", 301, MediaType.HTML_UTF8, page("Déplacé", "x")));
        }
        Input in = Fixtures.only(Fixtures.read(warc));
        assertEquals("warc", in.format());
        assertEquals(warc + "#2", in.source());
        Article a = in.article();
        assertEquals(uri, a.url());
        assertEquals("Remaniement ministériel\n\nTrois ministres quittent le gouvernement, a annoncé l'Élysée "
                + "mardi soir.", a.text());
        assertNull(a.published()); // the WARC-Date is when it was fetched, not published
        assertEquals("fr", a.language());
    }

    @Test void truncatedWarcGzKeepsTheRecordsBeforeTheCut(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        List<Long> ends = new ArrayList<>();
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 1; i <= 3; i++) {
                w.write(response("https://quotidien.example/2017/05/0" + i + "/article", 200, MediaType.HTML_UTF8,
                        page("Article " + i, ("Paragraphe numéro " + i + " d'un article de test. ").repeat(40))));
                ends.add(w.position());
            }
        }
        byte[] all = Files.readAllBytes(warc);
        long cut = (ends.get(1) + ends.get(2)) / 2;
        Files.write(warc, java.util.Arrays.copyOf(all, (int) cut));
        List<Input> in = Fixtures.read(warc);
        assertEquals(3, in.size(), in::toString);
        assertEquals(LocalDate.of(2017, 5, 1), in.get(0).article().published()); // from the URL
        assertEquals("https://quotidien.example/2017/05/02/article", in.get(1).article().url());
        assertEquals("truncated", in.get(2).problem().code());
        assertEquals(warc.toString(), in.get(2).problem().where());
        assertTrue(in.get(2).problem().detail().contains("2 pages read before"), in.get(2).problem().detail());
    }

    @Test void aTruncatedWarcGzKeepsItsFirstWholeRecord(@TempDir Path dir) throws IOException {
        // a WARC gzipped as one stream ("gzip crawl.warc"), cut inside the second record: the first is whole, but
        // jwarc reads ahead into the cut while the first page is still being read
        var plain = new java.io.ByteArrayOutputStream();
        var gz = new java.io.ByteArrayOutputStream();
        int firstEnd;
        try (var z = new java.util.zip.GZIPOutputStream(gz, true);
             WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(plain))) {
            w.write(response("https://quotidien.example/2018/03/04/un", 200, MediaType.HTML_UTF8,
                    page("Un", "Le premier article, entier.")));
            z.write(plain.toByteArray());
            z.flush(); // everything written so far can be decompressed from the bytes so far
            firstEnd = gz.size();
            plain.reset();
            w.write(response("https://quotidien.example/2018/03/05/deux", 200, MediaType.HTML_UTF8,
                    page("Deux", "Le second article, que la copie a coupé en deux.")));
            z.write(plain.toByteArray());
        }
        byte[] all = gz.toByteArray();
        Path warc = Files.write(dir.resolve("short.warc.gz"), java.util.Arrays.copyOf(all,
                firstEnd + (all.length - firstEnd) / 2));
        List<Input> in = Fixtures.read(warc);
        assertEquals(2, in.size(), in::toString);
        assertEquals("https://quotidien.example/2018/03/04/un", in.get(0).article().url());
        assertEquals(warc + "#1", in.get(0).source());
        assertEquals("truncated", in.get(1).problem().code());
        assertEquals(warc.toString(), in.get(1).problem().where());
        assertTrue(in.get(1).problem().detail().contains("1 pages read before"), in.get(1).problem().detail());
    }

    @Test void aCorruptHttpMessageIsOneProblem(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("mixed.warc");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE))) {
            w.write(new WarcResponse.Builder(URI.create("https://quotidien.example/casse")).date(FETCHED)
                    .body(MediaType.HTTP_RESPONSE, "ceci n'est pas du HTTP\r\n\r\n".getBytes(StandardCharsets.UTF_8))
                    .build());
            w.write(response("https://quotidien.example/2019/10/31/bon", 200, MediaType.parse("text/html"),
                    page("Le bon", "Un article intact après un enregistrement abîmé.")));
        }
        List<Input> in = Fixtures.read(warc);
        assertEquals(2, in.size(), in::toString);
        assertEquals("malformed", in.get(0).problem().code());
        assertEquals(warc + "#1", in.get(0).problem().where());
        assertEquals(LocalDate.of(2019, 10, 31), in.get(1).article().published());
    }

    /** A WARC/1.0 record written by hand, as some crawlers write them. */
    private static byte[] record(String uri, String http) {
        byte[] block = http.getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID()
                + ">\r\nWARC-Date: 2020-01-01T00:00:00Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: "
                + "application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
        return (head + http + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test void aRecordCutShortSpoilsOnlyItself(@TempDir Path dir) throws IOException {
        String good = page("Suite", "Un article complet et lisible après deux réponses abîmées.");
        var out = new java.io.ByteArrayOutputStream();
        out.write(record("https://a.example/1", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n1000\r\n<html><body><p>coupé"));
        out.write(record("https://a.example/2", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                + "Content-Encoding: x-unknown\r\nContent-Length: 5\r\n\r\nabcde"));
        out.write(record("https://a.example/3", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: " + good.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + good));
        Path warc = Files.write(dir.resolve("hand.warc"), out.toByteArray());
        List<Input> in = Fixtures.read(warc);
        assertEquals(3, in.size(), in::toString);
        assertEquals(warc + "#1", in.get(0).problem().where());
        assertTrue(in.get(0).problem().detail().contains("chunked"), in.get(0).problem().detail());
        assertEquals(warc + "#2", in.get(1).problem().where());
        assertEquals("https://a.example/3", in.get(2).article().url());
        assertEquals(warc + "#3", in.get(2).source());
    }

    @Test void garbageIsNotAWarc(@TempDir Path dir) throws IOException {
        Path warc = Files.writeString(dir.resolve("bad.warc"), "this is not a web archive\r\n\r\n");
        Input in = Fixtures.only(Fixtures.read(warc));
        assertEquals("malformed", in.problem().code());
        assertEquals(warc + "#1", in.problem().where());
    }
}
