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
import java.util.List;
import org.diurna.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Every door an article's URL comes in by keeps http(s) addresses only, and says what it dropped. */
class NonWebUrlsTest {
    private static final String TEXT = "Le ministre a démissionné hier soir, selon son entourage.";
    private static final String PAGE = "<html><head><meta property=\"og:url\" content=\"https://page.example/a\">"
            + "</head><body><article><p>" + TEXT + "</p></article></body></html>";

    /** The article is kept without its URL, and one "url" problem names the input and the URL. */
    private static void dropped(Input in, String where, String url) {
        assertTrue(in.ok(), in::toString);
        assertEquals(1, in.warnings().size(), in::toString);
        Problem w = in.warnings().get(0);
        assertEquals("url", w.code());
        assertEquals(where, w.where());
        assertTrue(w.detail().contains(url), w.detail());
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Test void jsonLinesKeepTheArticleWithoutItsUrl(@TempDir Path dir) throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
        Path file = Files.writeString(dir.resolve("a.jsonl"), String.join("\n",
                "{\"url\":\"javascript:alert(1)\",\"text\":\"" + TEXT + "\"}",
                "{\"url\":\"" + json(formula) + "\",\"text\":\"" + TEXT + "\"}",
                "{\"url\":\"https://ok.example/a\",\"text\":\"" + TEXT + "\"}",
                "{\"url\":\"data:text/html,x\",\"html\":\"" + json(PAGE) + "\"}"));
        List<Input> in = Fixtures.read(file);
        assertEquals(4, in.size(), in::toString);
        dropped(in.get(0), file + "#1", "javascript:alert(1)");
        assertNull(in.get(0).article().url());
        assertEquals(TEXT, in.get(0).article().text());
        dropped(in.get(1), file + "#2", formula);
        assertNull(in.get(1).article().url());
        assertEquals("https://ok.example/a", in.get(2).article().url());
        assertEquals(List.of(), in.get(2).warnings());
        dropped(in.get(3), file + "#4", "data:text/html,x");
        assertEquals("https://page.example/a", in.get(3).article().url(), "the page's own URL stands in");
    }

    @Test void aSidecarsUrl(@TempDir Path dir) throws IOException {
        Path txt = Files.writeString(dir.resolve("note.txt"), TEXT);
        Files.writeString(dir.resolve("note.json"), "{\"url\": \"file:///etc/passwd\", \"outlet\": \"AFP\"}");
        Input in = Fixtures.only(Fixtures.read(txt));
        dropped(in, txt.toString(), "file:///etc/passwd");
        assertNull(in.article().url());
        assertEquals("AFP", in.article().outlet());
    }

    @Test void aFeedItemsLink(@TempDir Path dir) throws IOException {
        Path feed = Files.writeString(dir.resolve("f.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Gazette</title>"
                + "<item><title>Un</title><link>javascript:alert(1)</link><description>" + TEXT
                + "</description></item>"
                + "<item><title>Deux</title><link>pages/absente.html</link><description>" + TEXT
                + "</description></item>"
                + "<item><title>Trois</title><link>https://gazette.example/3</link><description>" + TEXT
                + "</description></item></channel></rss>");
        List<Input> in = Fixtures.read(feed);
        dropped(in.get(0), feed + "#1", "javascript:alert(1)");
        assertNull(in.get(0).article().url());
        assertNull(in.get(1).article().url(), "a relative link is a local page, not an address");
        assertEquals(List.of(), in.get(1).warnings());
        assertEquals("https://gazette.example/3", in.get(2).article().url());
    }

    @Test void aWarcTargetUri(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("crawl.warc");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE))) {
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8,
                    PAGE.replace("og:url", "og:title").getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder(URI.create("javascript:alert(1)")).date(Instant.EPOCH).body(http)
                    .build());
        }
        Input in = Fixtures.only(Fixtures.read(warc));
        assertEquals("warc", in.format());
        dropped(in, warc + "#1", "javascript:alert(1)");
        assertNull(in.article().url());
    }

    @Test void aPagesOwnNonWebLinksAreNotTaken(@TempDir Path dir) throws IOException {
        Path html = Files.writeString(dir.resolve("p.html"), PAGE.replace("https://page.example/a",
                "javascript:alert(1)").replace("</head>", "<link rel=\"canonical\" href=\"https://c.example/a\">"
                + "</head>"));
        Input in = Fixtures.only(Fixtures.read(html));
        assertEquals("https://c.example/a", in.article().url(), "the og:url is skipped for the canonical link");
    }
}
