package org.diurna.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** RSS and Atom feeds: any element soup, any bytes, a spoiled real feed are read to their end. */
class FeedFuzzTest {
    private static Path dir;
    /** Pieces of feeds, valid and broken, that the generator strings together. */
    private static final String[] PIECES = {"<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"utf-16\"?>",
        "<rss version=\"2.0\">", "</rss>", "<channel>", "</channel>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
        "</feed>", "<rdf:RDF>", "<item>", "</item>", "<entry>", "</entry>", "<title>", "</title>", "<link>",
        "</link>", "<link href=\"javascript:alert(1)\"/>", "<link rel=\"alternate\" href=\"pages/../../etc/passwd\"/>",
        "<link>file:///dev/zero</link>", "<link>file://host/share</link>", "<link>%zz%</link>", "<link>\u0000</link>",
        "<description>", "</description>", "<content:encoded>", "</content:encoded>", "<content type=\"xhtml\">",
        "</content>", "<summary type=\"html\">", "</summary>", "<pubDate>", "</pubDate>", "Wed, 31 Feb 2016 10:00",
        "30 Nov 99", "<published>2016-13-45</published>", "<updated>", "<language>", "</language>", "fr-FR", "xx_",
        "<![CDATA[", "]]>", "<!--", "-->", "&lt;p&gt;", "&amp;amp;", "&#0;", "&#x110000;", "&undefined;",
        "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>", "&b;",
        "<p>", "</p>", "<div>", "<", ">", "\"", "'", "&", "\r\n", " ", "\uFEFF", "\uD800", HtmlFuzzTest.SENTENCE};

    @BeforeContainer static void folder() {
        dir = Fuzz.folder();
    }

    @AfterContainer static void clean() throws IOException {
        Fuzz.delete(dir);
    }

    @Provide Arbitrary<byte[]> feeds() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(10));
        Arbitrary<String> soup = piece.list().ofMaxSize(80).map(l -> String.join("", l));
        return Arbitraries.oneOf(soup.map(s -> ("<rss><channel>" + s).getBytes(StandardCharsets.UTF_8)),
                soup.map(s -> s.getBytes(StandardCharsets.UTF_8)), Fuzz.bytes(800));
    }

    @Property(tries = 300) void anyFeedIsReadToItsEnd(@ForAll("feeds") byte[] bytes) {
        Fuzz.readAll(Fuzz.file(dir, "feed.rss", bytes), Fuzz.SMALL);
    }

    @Property(tries = 200) void aSpoiledRealFeedIsReadToItsEnd(@ForAll("spoiledFeed") byte[] bytes) {
        // under .xml, so that the format is sniffed from the spoiled bytes too
        Fuzz.readAll(Fuzz.file(dir, "feed.xml", bytes), Fuzz.SMALL);
    }

    @Provide Arbitrary<byte[]> spoiledFeed() throws IOException {
        return Fuzz.spoiled(Files.readAllBytes(Fixtures.path("feeds/riverside.atom")));
    }

    /**
     * Ten thousand nested elements in an item, then ten thousand items each opened inside the one before. The
     * second half hung the reading (each nested item read the rest of the feed again: 2,000 of them, 60 KB, took
     * 42 s); an item inside another is now that one's content.
     */
    @Example void tenThousandNestedElementsAndItems() {
        String deep = "<rss><channel><title>T</title><item><title>Un</title><description>" + "<x>".repeat(10_000)
                + HtmlFuzzTest.SENTENCE + "</x>".repeat(10_000) + "</description></item>"
                + "<item><description>&lt;div&gt;".repeat(10_000) + "</description></item></channel></rss>";
        List<Input> in = Fuzz.readAll(Fuzz.file(dir, "deep.rss", deep.getBytes(StandardCharsets.UTF_8)),
                IngestOptions.defaults());
        assertEquals(2, in.size(), "the nested items are the second one's content");
        assertTrue(in.get(0).ok(), in.get(0)::toString);
        assertEquals("Un\n\n" + HtmlFuzzTest.SENTENCE, in.get(0).article().text());
    }

    /** An item's content over the article limit is refused before it is parsed, as a page is. */
    @Example void anItemOverTheLimitIsRefusedUnparsed() {
        String feed = "<rss><channel><item><description>" + "&lt;aside&gt;&lt;/aside&gt;".repeat(400)
                + "</description></item></channel></rss>";
        List<Input> in = Fuzz.readAll(Fuzz.file(dir, "big.rss", feed.getBytes(StandardCharsets.UTF_8)), Fuzz.SMALL);
        assertEquals("too-large", in.get(0).problem().code(), in::toString);
    }

    @Example void entitiesAreNotExpandedIntoABillionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";")
                .repeat(10)).append("\">");
        String feed = dtd + "]><rss><channel><item><title>&l9;</title><description>" + HtmlFuzzTest.SENTENCE
                + "</description></item></channel></rss>";
        List<Input> in = Fuzz.readAll(Fuzz.file(dir, "lol.rss", feed.getBytes(StandardCharsets.UTF_8)),
                IngestOptions.defaults());
        assertEquals(1, in.size(), in::toString);
        assertTrue(!in.get(0).ok() || in.get(0).article().text().length() < 10_000, "no expansion");
    }
}
