package org.diurna.ingest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The formats Diurna reads, detected from the file name and, where the name leaves it open, from the first bytes.
 *
 * <p>Rules: {@code .txt}/{@code .text} text; {@code .jsonl}/{@code .ndjson} one article per line; {@code .json} one
 * article object or an array of them; {@code .html}/{@code .htm}/{@code .xhtml} a page; {@code .rss}/{@code .atom} a
 * feed; {@code .warc} a web archive; {@code .gz} the format of the name without it. A {@code .xml} file, a name
 * without extension and any other extension are sniffed: {@code WARC/} is a web archive, a root {@code <rss>},
 * {@code <feed>} or {@code <rdf:RDF>} a feed, {@code <!DOCTYPE html>}/{@code <html>} a page (pages saved as
 * {@code .php}, {@code .aspx}); otherwise a name without extension is text, anything else unsupported.
 */
public enum Format {
    TEXT("text"), JSONL("jsonl"), JSON("json"), HTML("html"), FEED("feed"), WARC("warc"), UNKNOWN("unknown");

    /** The format's name in {@link org.diurna.ingest.Input#format()}. */
    public final String label;

    Format(String label) { this.label = label; }

    /** A detected format, and whether the file is gzip-compressed. */
    public record Detected(Format format, boolean gzip) {}

    /** Files that belong to saved pages or sites, never articles: skipped silently when walking a folder. */
    public static final Set<String> ASSETS = Set.of("css", "js", "mjs", "map", "png", "jpg", "jpeg", "gif", "webp",
            "svg", "ico", "woff", "woff2", "ttf", "otf", "eot", "avif", "bmp",
            // a corpus folder's own documentation is not news
            "md", "markdown", "rst", "pdf");

    private static final Pattern PROLOG = Pattern.compile("^(?:\\s|<\\?.*?\\?>|<!--.*?-->)*", Pattern.DOTALL);

    public static Detected detect(Path p) throws IOException {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gz = name.endsWith(".gz");
        String base = gz ? name.substring(0, name.length() - 3) : name;
        String ext = extension(base);
        Format byName = switch (ext) {
            case "txt", "text" -> TEXT;
            case "jsonl", "ndjson" -> JSONL;
            case "json" -> JSON;
            case "html", "htm", "xhtml" -> HTML;
            case "rss", "atom" -> FEED;
            case "warc" -> WARC;
            default -> null;
        };
        if (byName != null) return new Detected(byName, gz);
        Format sniffed = sniff(Bytes.head(p, gz, 2048));
        if (sniffed == UNKNOWN && ext.isEmpty()) sniffed = TEXT;
        return new Detected(sniffed, gz);
    }

    /** The last extension of a file name, lower case, or "" when it has none (a leading dot is no extension). */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static Format sniff(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (s.startsWith("\u00ef\u00bb\u00bf")) s = s.substring(3);
        if (s.startsWith("warc/")) return WARC;
        s = PROLOG.matcher(s).replaceFirst("");
        if (s.startsWith("<rss") || s.startsWith("<feed") || s.startsWith("<rdf:rdf")) return FEED;
        if (s.startsWith("<!doctype html") || s.startsWith("<html")) return HTML;
        return UNKNOWN;
    }
}
