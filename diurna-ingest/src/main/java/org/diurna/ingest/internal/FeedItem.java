package org.diurna.ingest.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import org.diurna.ingest.HtmlArticles;
import org.diurna.ingest.IngestOptions;
import org.diurna.ingest.Input;
import org.diurna.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** One RSS item or Atom entry, read as an article (see {@link Feeds}). */
final class FeedItem {
    private static final String[] CONTENT = {"content:encoded", "content", "description", "summary"};
    private static final String[] DATE = {"pubdate", "published", "dc:date", "updated", "dcterms:issued"};

    private final Element item;
    private final String where;
    private final Path feed;
    private final String outlet;
    private final String language;
    private final IngestOptions opts;

    FeedItem(Element item, String where, Path feed, String outlet, String language, IngestOptions opts) {
        this.item = item;
        this.where = where;
        this.feed = feed;
        this.outlet = outlet;
        this.language = language;
        this.opts = opts;
    }

    Input read() {
        String title = plain(Feeds.text(Feeds.child(item, "title")));
        String link = link();
        LocalDate date = null;
        for (String d : DATE) if (date == null) date = Dates.parse(Feeds.text(Feeds.child(item, d)));
        String content = "";
        for (String c : CONTENT) {
            Element e = Feeds.child(item, c);
            if (e == null || !content.isBlank()) continue;
            // Atom's type="xhtml" content is markup inside the feed; every other kind is (escaped) HTML or text
            String html = e.attr("type").equalsIgnoreCase("xhtml") ? e.html() : e.wholeText();
            // measured before it is parsed, as a page is: hostile markup costs more to parse the larger it is
            if (html.length() > opts.maxBytes()) {
                return Problems.tooLarge(where, Feeds.FORMAT, "the item", html.length(), opts.maxBytes());
            }
            content = HtmlArticles.text(html);
        }
        if (content.length() < Feeds.SHORT) {
            Path local = Feeds.localFile(link, feed);
            if (local != null) return Feeds.page(local, where, title, date, link, outlet, opts);
        }
        if (content.isBlank()) {
            return Problems.fail(where, Feeds.FORMAT, "empty", "the item has no content" + (link == null ? ""
                    : " (only a link to " + link + ": fetch the pages into a WARC file and read that)"));
        }
        String text = title == null ? content : title + "\n\n" + content;
        String lang = Feeds.language(PageMetadata.first(item.attr("xml:lang"), language));
        return Input.of(where, Feeds.FORMAT, new Article(where, text, date != null ? date : opts.published(), title,
                url(link), outlet, lang));
    }

    /**
     * The item's link as the article's URL. A relative path or a {@code file:} link names a local page, not an
     * address: no URL. Any other link is handed on as it is, so that one with a scheme other than http(s)
     * ({@code javascript:}) is dropped with a warning by {@link Input#of}.
     */
    static String url(String link) {
        if (link == null || link.regionMatches(true, 0, "file:", 0, 5)) return null;
        return link.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*") ? link : null;
    }

    /** RSS: the link's text; Atom: the href of the alternate (or only) link. */
    private String link() {
        for (Element c : item.children()) {
            if (!c.normalName().equals("link")) continue;
            if (c.hasAttr("href")) {
                String rel = c.attr("rel");
                if (rel.isEmpty() || rel.equalsIgnoreCase("alternate")) return PageMetadata.first(c.attr("href"));
            } else if (!c.wholeText().isBlank()) {
                return c.wholeText().strip();
            }
        }
        return null;
    }

    /** A title may be escaped HTML ("Paris &amp;amp; Lyon", Atom type="html"): keep its text. */
    private static String plain(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parse(s).text() : s;
        return t.replaceAll("\\s+", " ").strip();
    }
}
