package org.diurna.ingest.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.diurna.model.WebUrl;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A news page's metadata: title, publication date, canonical URL, outlet, declared language.
 *
 * <p>The date is taken, in this order, from {@code article:published_time} (and other "published" metas), JSON-LD
 * {@code datePublished}, a {@code <time>} marked as publication or inside the article, {@code <meta name="date">}
 * and its kin, any {@code <time datetime>}, and last a date in the URL ({@code /2016/11/30/}, {@code 2016-11-30}).
 * Modification dates are never taken: a correction does not move what the article reports.
 */
public record PageMetadata(String title, LocalDate published, String url, String outlet, String language) {
    private static final String[] PUBLISHED = {"article:published_time", "og:article:published_time",
        "datepublished", "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued",
        "dcterms.issued"};
    private static final String[] DATE = {"date", "pubdate", "publish-date", "publish_date", "dc.date",
        "dcterms.date", "dcterms.created"};
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00b7-]\\s+|\\s+::\\s+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    /** Metadata of {@code doc}; {@code knownUrl} (a WARC target URI, or null) wins over the page's own URL. */
    public static PageMetadata of(Document doc, String knownUrl) {
        Map<String, String> meta = metas(doc);
        JsonLd ld = JsonLd.of(doc);
        String outlet = first(meta.get("og:site_name"), ld.publisher());
        Element h1 = doc.selectFirst("h1");
        String h1Text = h1 == null ? null : h1.text();
        String title = first(meta.get("og:title"), cleanTitle(doc.title(), outlet, h1Text), h1Text, ld.headline());
        String url = first(WebUrl.orNull(knownUrl), WebUrl.orNull(meta.get("og:url")), WebUrl.orNull(canonical(doc)));
        LocalDate date = firstDate(pick(meta, PUBLISHED), ld.datePublished(),
                attr(doc, "time[itemprop=datePublished][datetime], time[pubdate][datetime], article time[datetime]"),
                pick(meta, DATE), attr(doc, "time[datetime]"));
        if (date == null) date = Dates.fromUrl(url);
        return new PageMetadata(title, date, url, outlet, language(doc, meta));
    }

    private static Map<String, String> metas(Document doc) {
        Map<String, String> m = new HashMap<>();
        for (Element e : doc.select("meta[content]")) {
            for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String k = e.attr(key).trim().toLowerCase(Locale.ROOT);
                if (!k.isEmpty() && !e.attr("content").isBlank()) m.putIfAbsent(k, e.attr("content").trim());
            }
        }
        return m;
    }

    /** The page title without the outlet's name the site appends to it ("Title | Outlet"). */
    private static String cleanTitle(String title, String outlet, String h1) {
        if (title == null || title.isBlank()) return null;
        String[] parts = TITLE_SEPARATOR.split(title.trim());
        if (parts.length < 2) return title.trim();
        if (h1 != null && parts[0].equalsIgnoreCase(h1.trim())) return parts[0];
        if (outlet != null && parts[parts.length - 1].equalsIgnoreCase(outlet.trim())) {
            return title.substring(0, title.toLowerCase(Locale.ROOT).lastIndexOf(outlet.toLowerCase(Locale.ROOT)))
                    .replaceAll("[\\s|\u2013\u2014\u00b7:-]+$", "");
        }
        return title.trim();
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link == null) return null;
        String abs = link.absUrl("href");
        return abs.isEmpty() ? link.attr("href") : abs;
    }

    private static String language(Document doc, Map<String, String> meta) {
        Element html = doc.selectFirst("html[lang]");
        String lang = first(html == null ? null : html.attr("lang"), meta.get("og:locale"),
                meta.get("content-language"));
        if (lang == null) return null;
        String primary = lang.trim().toLowerCase(Locale.ROOT).split("[-_,; ]")[0];
        return LANGUAGE.matcher(primary).matches() ? primary : null;
    }

    private static String attr(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr("datetime");
    }

    private static String pick(Map<String, String> meta, String[] keys) {
        for (String k : keys) if (meta.containsKey(k)) return meta.get(k);
        return null;
    }

    private static LocalDate firstDate(String... values) {
        for (String v : values) {
            LocalDate d = Dates.parse(v);
            if (d != null) return d;
        }
        return null;
    }

    static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.trim();
        return null;
    }
}
