package org.diurna.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import org.diurna.ingest.HtmlArticles;
import org.diurna.ingest.IngestOptions;
import org.diurna.ingest.Input;

/** Opens the reader for a file's format; a file whose format is unknown is a problem. */
public final class Readers {
    private Readers() {}

    public static Records open(Path file, String source, IngestOptions opts) {
        Format.Detected d;
        try {
            d = Format.detect(file);
        } catch (IOException e) {
            return Records.of(Problems.io(source, Format.UNKNOWN.label, e, null));
        }
        boolean gz = d.gzip();
        return switch (d.format()) {
            case TEXT -> Records.of(TextFiles.read(file, source, gz, opts));
            case HTML -> Records.of(html(file, source, gz, opts));
            case JSONL -> JsonFiles.lines(file, source, gz, opts);
            case JSON -> JsonFiles.document(file, source, gz, opts);
            case FEED -> Feeds.read(file, source, gz, opts);
            case WARC -> WarcArticles.open(file, source, opts); // jwarc sees gzip by itself
            case UNKNOWN -> Records.of(unsupported(file, source));
        };
    }

    private static Input html(Path file, String source, boolean gz, IngestOptions opts) {
        Bytes.Loaded loaded = Bytes.load(file, gz, opts.maxBytes(), source, HtmlArticles.FORMAT, "the page");
        return loaded.failure() != null ? loaded.failure()
                : HtmlArticles.read(loaded.bytes(), null, source, null, opts);
    }

    private static Input unsupported(Path file, String source) {
        String name = file.getFileName().toString();
        String ext = Format.extension(name.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.gz$", ""));
        String what = ext.equals("xml") ? "an XML file that is not an RSS or Atom feed"
                : "unsupported format" + (ext.isEmpty() ? "" : " (." + ext + ")");
        return Problems.fail(source, Format.UNKNOWN.label, "unsupported-format", what + ": Diurna reads .txt, "
                + ".json, .jsonl/.ndjson, .html/.htm, RSS/Atom feeds (.xml, .rss, .atom), .warc, and .gz of these");
    }
}
