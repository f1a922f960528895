package org.diurna.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.diurna.ingest.HtmlArticles;
import org.diurna.ingest.IngestOptions;
import org.diurna.ingest.Input;
import org.diurna.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry an article ({@code file#N}), titled by its title, dated
 * by pubDate/published/updated, its text the item's content (content:encoded, description, Atom content/summary)
 * stripped of HTML. Many feeds carry only a teaser: when the content is shorter than {@value #SHORT} characters and
 * the item links to a local file (a {@code file:} URL or a path relative to the feed), that page is read instead.
 * The outlet is the channel's or feed's title.
 */
public final class Feeds {
    public static final String FORMAT = Format.FEED.label;
    static final int SHORT = 400;

    private Feeds() {}

    /** A feed holds many articles: it may be 8 times larger than one. */
    public static int fileLimit(IngestOptions opts) {
        return (int) Math.min(Integer.MAX_VALUE - 8, 8L * opts.maxBytes());
    }

    public static Records read(Path file, String source, boolean gzip, IngestOptions opts) {
        Bytes.Loaded loaded = Bytes.load(file, gzip, fileLimit(opts), source, FORMAT, "the feed");
        if (loaded.failure() != null) return Records.of(loaded.failure());
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(loaded.bytes()), null, "", Parser.xmlParser());
        } catch (IOException | RuntimeException e) {
            return Records.of(Problems.fail(source, FORMAT, "malformed", "cannot parse the feed: "
                    + Problems.brief(e.getMessage())));
        }
        Element root = doc.children().first();
        String kind = root == null ? "" : root.normalName();
        if (!kind.equals("rss") && !kind.equals("feed") && !kind.equals("rdf:rdf")) {
            return Records.of(Problems.fail(source, FORMAT, "unsupported-format", "not an RSS or Atom feed (its root"
                    + " element is " + (root == null ? "missing" : "<" + root.tagName() + ">") + ")"));
        }
        Element channel = kind.equals("feed") ? root : child(root, "channel");
        String outlet = channel == null ? null : PageMetadata.first(text(child(channel, "title")));
        String language = language(channel == null ? null : PageMetadata.first(text(child(channel, "language")),
                channel.attr("xml:lang")));
        List<Element> all = items(doc);
        if (all.isEmpty()) return Records.of(Problems.fail(source, FORMAT, "empty", "the feed has no item"));
        Iterator<Element> items = all.iterator();
        return new Records() {
            int n;

            @Override protected Input computeNext() {
                if (!items.hasNext()) return null;
                String where = source + "#" + ++n;
                try {
                    return new FeedItem(items.next(), where, file, outlet, language, opts).read();
                } catch (RuntimeException e) {
                    return Problems.unexpected(where, FORMAT, e);
                }
            }
        };
    }

    /**
     * The feed's items and entries, in document order, except those inside another: they are that one's content.
     * Reading each nested one as an item would read the rest of the feed again for each, and a few kilobytes of
     * nested items took minutes.
     */
    static List<Element> items(Document doc) {
        List<Element> items = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element e && (e.normalName().equals("item") || e.normalName().equals("entry"))) {
                items.add(e);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, doc);
        return items;
    }

    static Element child(Element parent, String name) {
        if (parent == null) return null;
        for (Element c : parent.children()) if (c.normalName().equals(name)) return c;
        return null;
    }

    static String text(Element e) {
        return e == null ? null : e.wholeText().strip();
    }

    static String language(String lang) {
        if (lang == null) return null;
        String primary = lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    /** The local file an item links to, when its link is a {@code file:} URL or a relative path that exists. */
    static Path localFile(String link, Path feed) {
        if (link == null || link.isBlank()) return null;
        try {
            Path p;
            if (link.regionMatches(true, 0, "file://", 0, 7)) p = Path.of(URI.create(link));
            else if (link.regionMatches(true, 0, "file:", 0, 5)) p = resolve(feed, link.substring(5));
            else if (link.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")) return null; // http:, https:, ...
            else p = resolve(feed, link);
            return Files.isRegularFile(p) ? p : null;
        } catch (IllegalArgumentException | FileSystemNotFoundException e) { // InvalidPathException too
            return null;
        }
    }

    private static Path resolve(Path feed, String relative) {
        String path = relative.replaceAll("[?#].*$", "");
        Path dir = feed.toAbsolutePath().getParent();
        Path p = dir.resolve(path);
        return Files.exists(p) ? p : dir.resolve(URLDecoder.decode(path, StandardCharsets.UTF_8));
    }

    /** Reads a local page linked from an item, merging the item's metadata over the page's. */
    static Input page(Path page, String where, String title, LocalDate date, String link, String outlet,
                      IngestOptions opts) {
        boolean gz = page.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        Bytes.Loaded loaded = Bytes.load(page, gz, opts.maxBytes(), where, FORMAT, "the linked page " + page);
        if (loaded.failure() != null) return loaded.failure();
        Input in = HtmlArticles.read(loaded.bytes(), null, where, null, opts);
        if (!in.ok()) return Input.failed(where, FORMAT, in.problem());
        Article a = in.article();
        String text = a.title() == null && title != null ? title + "\n\n" + a.text() : a.text();
        return Input.of(where, FORMAT, new Article(where, text, date != null ? date : a.published(),
                a.title() != null ? a.title() : title, a.url() != null ? a.url() : FeedItem.url(link),
                outlet != null ? outlet : a.outlet(), a.language()));
    }
}
