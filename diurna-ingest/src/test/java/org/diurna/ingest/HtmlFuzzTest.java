package org.diurna.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link HtmlArticles}: any bytes, any tag soup, any declared charset are an article or a problem. */
class HtmlFuzzTest {
    static final String SENTENCE = "Le ministre de l'Intérieur a démissionné mardi soir, a annoncé l'Élysée.";
    /** Pieces of pages, valid and broken, that the generator strings together. */
    static final String[] PIECES = {"<html lang=\"fr\">", "<html lang=\"\">", "<head>", "</head>", "<body>", "</body>",
        "<title>", "</title>", "<h1>", "</h1>", "<p>", "</p>", "<div>", "</div>", "<article>", "</article>",
        "<main>", "<section class=\"content\">", "<div class=\"share social\">", "<nav>", "</nav>", "<aside>",
        "<footer>", "<header>", "</header>", "<br>", "<br/>", "<a href=\"javascript:alert(1)\">", "</a>",
        "<meta property=\"og:url\" content=\"javascript:alert(1)\">", "<meta property=\"og:title\" content=\"=1+1\">",
        "<meta property=\"article:published_time\" content=\"9999-99-99\">", "<meta charset=\"utf-16\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=x-unknown\">",
        "<link rel=\"canonical\" href=\"https://example.org/2016/11/30/a\">", "<link rel=\"canonical\" href=\"::\">",
        "<script type=\"application/ld+json\">{\"datePublished\":\"2016-11-30\",\"headline\":[[[[", "</script>",
        "<script>", "<style>", "</style>", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml?>",
        "&amp;", "&#0;", "&#xD800;", "&#99999999;", "&nosuch;", "&", "<", ">", "\"", "'",
        "<time datetime=\"2016-02-30\">",
        "</time>", "<table>", "<tr>", "<td>", "</table>", "<template>", "<svg>", "<math>", "<noscript>",
        "<frameset>", "<plaintext>", "<textarea>", "<select>", "<option>", "<ul>", "<li>", "<form>", "<iframe>",
        "<p class=\"cookie\">cookie <button>Accepter</button>", "Lire aussi", "<b>", "<i>", "<span hidden>",
        "\u0000", "\uFEFF", "\r\n", "\n\n", "\t", " ", SENTENCE, "mot", "\u202E", "\uD83D\uDE00", "\uDC00"};

    @Provide Arbitrary<String> soup() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(12));
        return piece.list().ofMaxSize(120).map(l -> String.join("", l));
    }

    @Provide Arbitrary<String> charsets() {
        return Arbitraries.of(null, "utf-8", "UTF-16", "utf-16le", "ISO-8859-1", "windows-1252", "x-unknown", "",
                " utf-8 ", "utf-8; q=1", "\u0000", "a b", "ÜTF-8", "UTF-32BE", "Shift_JIS");
    }

    static Input read(byte[] html, String charset) {
        return read(html, charset, Fuzz.SMALL);
    }

    static Input read(byte[] html, String charset, IngestOptions opts) {
        Input in = Fuzz.within(() -> HtmlArticles.read(html, charset, "page.html", "https://example.org/a", opts));
        Fuzz.wellFormed(in);
        assertEquals("page.html", in.source());
        if (in.ok()) {
            String title = in.article().title();
            assertTrue(title == null || !title.contains("\n"), "a title is one line");
            assertFalse(in.article().text().isBlank());
        }
        return in;
    }

    @Property(tries = 400) void tagSoupIsAnArticleOrAProblem(@ForAll("soup") String html,
                                                             @ForAll("charsets") String charset) {
        read(html.getBytes(StandardCharsets.UTF_8), charset);
        Fuzz.within(() -> HtmlArticles.text(html)); // the reader of feed items' and API bodies' HTML
    }

    @Property(tries = 300) void anyBytesAreAnArticleOrAProblem(@ForAll("bytes") byte[] bytes,
                                                               @ForAll("charsets") String charset) {
        read(bytes, charset);
    }

    @Provide Arbitrary<byte[]> bytes() {
        byte[] page = ("<html><head><title>Démission</title></head><body><article><h1>Démission</h1><p>" + SENTENCE
                + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        return Arbitraries.oneOf(Fuzz.bytes(5000), Fuzz.spoiled(page),
                soup().map(s -> s.getBytes(StandardCharsets.UTF_16)));
    }

    @Example void aWellFormedPageIsItsText() {
        byte[] page = ("<html><body><nav><a href=\"/\">Accueil</a></nav><article><h1>Démission</h1><p>" + SENTENCE
                + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        assertEquals("Démission\n\n" + SENTENCE, read(page, null).article().text());
    }

    /** Ten thousand nested elements of the kinds a page piles up, closed or not: no stack overflow, no hang. */
    @Example void tenThousandNestedTags() {
        for (String tag : new String[] {"div", "b", "a", "table"}) {
            String html = ("<" + tag + ">").repeat(10_000) + "<p>" + SENTENCE + "</p>"
                    + ("</" + tag + ">").repeat(10_000);
            Input in = read(html.getBytes(StandardCharsets.UTF_8), null, IngestOptions.defaults());
            if (!tag.equals("a")) assertEquals(SENTENCE, in.article().text());
        }
        String unclosed = "<body>" + ("<div><p>" + SENTENCE).repeat(10_000);
        assertEquals(SENTENCE, read(unclosed.getBytes(StandardCharsets.UTF_8), null, IngestOptions.defaults())
                .article().text(),
                "the same paragraph repeated is one paragraph");
        assertEquals(SENTENCE, Fuzz.within(() -> HtmlArticles.text("<div>".repeat(10_000) + SENTENCE)));
    }

    @Example void aHugeSingleLineWithoutSpaces() {
        String word = "x".repeat(1_500_000);
        Input in = Fuzz.within(() -> HtmlArticles.read(("<p>" + word + "</p>").getBytes(StandardCharsets.US_ASCII),
                null, "line.html", null, IngestOptions.defaults()));
        assertEquals(word, in.article().text());
    }

    @Example void utf16WithItsByteOrderMarkIsRead() {
        byte[] page = ("\uFEFF<html><body><p>" + SENTENCE + "</p></body></html>").getBytes(StandardCharsets.UTF_16LE);
        assertEquals(SENTENCE, read(page, null).article().text());
    }
}
