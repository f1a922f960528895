package org.diurna.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diurna.ingest.internal.Boilerplate;
import org.diurna.ingest.internal.MainText;
import org.diurna.ingest.internal.PageMetadata;
import org.diurna.ingest.internal.Problems;
import org.diurna.model.Article;
import org.diurna.model.WebUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a news page: its main text without the page's boilerplate, and its metadata (see {@link PageMetadata}).
 *
 * <p>The text is the title, a blank line, then the article's paragraphs separated by blank lines: Diurna's text
 * preparation takes a first short line followed by a blank line as the title. Navigation, headers, footers, asides,
 * forms, scripts, share buttons, "Lire aussi" boxes, cookie banners and comments are dropped; the text is taken from
 * the {@code <article>}, else the {@code [itemprop=articleBody]}, else the block with the most paragraph text.
 */
public final class HtmlArticles {
    public static final String FORMAT = "html";

    private HtmlArticles() {}

    /**
     * One page as an article, or the problem that kept it from being one (too large, binary, no text).
     *
     * @param html    the page's bytes
     * @param charset the charset declared by HTTP, or null to take the page's own declaration (else UTF-8)
     * @param source  where it came from; also the article's id
     * @param url     the URL it was fetched from (a WARC target URI), or null to take the page's og:url/canonical;
     *                one that is not http(s) is dropped with a warning (see {@link org.diurna.model.WebUrl})
     */
    public static Input read(byte[] html, String charset, String source, String url, IngestOptions opts) {
        if (html.length > opts.maxBytes()) {
            return Problems.tooLarge(source, FORMAT, "the page", html.length, opts.maxBytes());
        }
        if (html.length == 0) return Problems.fail(source, FORMAT, "empty", "the page is empty");
        int nul = nul(html);
        if (nul >= 0) {
            return Problems.fail(source, FORMAT, "binary", "binary data, not a page (a NUL byte at " + nul + ")");
        }
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), charset(html, charset), url == null ? "" : url);
        } catch (IOException | RuntimeException e) {
            return Problems.fail(source, FORMAT, "malformed", "cannot parse the page: "
                    + Problems.brief(e.getMessage()));
        }
        PageMetadata m = PageMetadata.of(doc, url);
        String title = m.title() == null ? null : m.title().replaceAll("\\s+", " ");
        Element body = doc.body();
        Boilerplate.strip(body);
        List<String> paragraphs = new ArrayList<>(MainText.paragraphs(MainText.choose(body)));
        if (title != null) paragraphs.remove(title); // the <h1> repeats it
        if (paragraphs.isEmpty()) {
            return Problems.fail(source, FORMAT, "empty", "no article text found in the page (an index page, or "
                    + "a page whose text is drawn by scripts?)");
        }
        String text = (title == null ? "" : title + "\n\n") + String.join("\n\n", paragraphs);
        LocalDate published = m.published() != null ? m.published() : opts.published();
        Input page = Input.of(source, FORMAT, new Article(source, text, published, title, m.url(), m.outlet(),
                m.language()));
        // a given URL that is not http(s) gave way to the page's own (see PageMetadata): said, not silently lost
        return url == null || WebUrl.isWeb(url) ? page : page.warn(WebUrl.dropped(source, url));
    }

    /** The text of an HTML fragment (a feed item's content): its paragraphs, boilerplate removed, blank lines. */
    public static String text(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        Boilerplate.strip(doc.body());
        return String.join("\n\n", MainText.paragraphs(doc.body()));
    }

    /**
     * The declared charset if Java knows it; else null to let jsoup take the page's own declaration, except for an
     * undeclared page that is not UTF-8: old French pages are Latin-1, which windows-1252 reads too.
     */
    private static String charset(byte[] html, String declared) {
        try {
            if (declared != null && Charset.isSupported(declared.trim())) return declared.trim();
        } catch (IllegalCharsetNameException e) {
            // an unknown name: as if undeclared
        }
        String head = new String(html, 0, Math.min(html.length, 4096), StandardCharsets.ISO_8859_1);
        if (head.toLowerCase(Locale.ROOT).contains("charset") || utf8(html)) return null;
        return "windows-1252";
    }

    private static boolean utf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A NUL byte in the first 8 KB, unless a UTF-16/32 byte order mark explains it; -1 if none. */
    private static int nul(byte[] b) {
        if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF
                && b[1] == (byte) 0xFE))) return -1;
        for (int i = 0; i < Math.min(b.length, 8192); i++) if (b[i] == 0) return i;
        return -1;
    }
}
