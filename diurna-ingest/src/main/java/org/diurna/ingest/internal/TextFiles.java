package org.diurna.ingest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.diurna.ingest.IngestOptions;
import org.diurna.ingest.Input;
import org.diurna.ingest.TextInput;
import org.diurna.model.Article;

/**
 * Plain-text articles, with their optional sidecar {@code NAME.json} ({@code url, outlet, published, title,
 * language}) next to {@code NAME.txt} (or {@code NAME.txt.gz}). The sidecar's date wins over the command line's,
 * which is only a default for texts that carry none.
 */
public final class TextFiles {
    public static final String FORMAT = Format.TEXT.label;

    private TextFiles() {}

    public static Input read(Path file, String source, boolean gzip, IngestOptions opts) {
        Bytes.Loaded loaded = Bytes.load(file, gzip, opts.maxBytes(), source, FORMAT, "the text");
        if (loaded.failure() != null) return loaded.failure();
        TextInput.Result r = TextInput.decode(loaded.bytes(), source, opts.maxBytes());
        if (!r.ok()) return Input.failed(source, FORMAT, r.problem());
        Path side = sidecarOf(file);
        JsonNode meta = null;
        if (side != null && Files.isRegularFile(side)) {
            try {
                meta = JsonLd.LENIENT.readTree(side.toFile());
            } catch (IOException e) {
                return Problems.fail(source, FORMAT, "malformed", "its sidecar " + side + " is not valid JSON ("
                        + Problems.brief(e.getMessage()) + ")");
            }
            if (!meta.isObject()) {
                return Problems.fail(source, FORMAT, "malformed", "its sidecar " + side + " is not a JSON object");
            }
        }
        LocalDate published = opts.published();
        if (meta != null && meta.hasNonNull("published")) {
            published = Dates.iso(meta.get("published").asText());
            if (published == null) {
                return Problems.fail(source, FORMAT, "malformed", "its sidecar " + side + " has published \""
                        + meta.get("published").asText() + "\", not an ISO date (2016-11-30) or date-time");
            }
        }
        return Input.of(source, FORMAT, new Article(source, r.text(), published, field(meta, "title"),
                field(meta, "url"), field(meta, "outlet"), field(meta, "language")));
    }

    /** NAME.json for NAME.txt, NAME.text or NAME.txt.gz (NAME.fr.txt → NAME.fr.json); null for other files. */
    public static Path sidecarOf(Path text) {
        String f = text.getFileName().toString();
        String lower = f.toLowerCase(java.util.Locale.ROOT);
        for (String ext : new String[] {".txt", ".text", ".txt.gz", ".text.gz"}) {
            if (lower.endsWith(ext) && f.length() > ext.length()) {
                return text.resolveSibling(f.substring(0, f.length() - ext.length()) + ".json");
            }
        }
        return null;
    }

    /** Whether {@code json} is the sidecar of a text beside it, hence metadata and not an input. */
    public static boolean isSidecar(Path json) {
        String f = json.getFileName().toString();
        if (!f.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) return false;
        String name = f.substring(0, f.length() - 5);
        for (String ext : new String[] {".txt", ".text", ".txt.gz", ".text.gz"}) {
            if (Files.exists(json.resolveSibling(name + ext))) return true;
        }
        return false;
    }

    static String field(JsonNode n, String name) {
        return n == null || !n.path(name).isTextual() ? null : PageMetadata.first(n.get(name).asText());
    }
}
