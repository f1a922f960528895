package org.diurna.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.diurna.ingest.TextInput;
import org.diurna.model.Article;
import org.diurna.model.Problem;
import org.diurna.reading.ReadingJson;

/**
 * Loads an article from a file (or "-" for standard input) with its metadata: the command line's --published wins,
 * else a sidecar {@code NAME.json} next to the file ({published, title, url, outlet}).
 */
final class Inputs {
    /** An article, or the problem that kept it from being read. */
    record Loaded(Article article, Problem problem) {}

    private Inputs() {}

    static Loaded load(String name, LocalDate published, int maxBytes) {
        byte[] bytes;
        try {
            bytes = name.equals("-") ? readAll(System.in, maxBytes) : readFile(Path.of(name), maxBytes);
        } catch (IOException e) {
            return new Loaded(null, new Problem("unreadable", name, "cannot read: " + e.getMessage()));
        }
        TextInput.Result r = TextInput.decode(bytes, name, maxBytes);
        if (!r.ok()) return new Loaded(null, r.problem());
        JsonNode side = name.equals("-") ? null : sidecar(Path.of(name));
        LocalDate date = published;
        String title = null;
        String url = null;
        String outlet = null;
        if (side != null) {
            if (date == null && side.hasNonNull("published")) date = LocalDate.parse(side.get("published").asText());
            title = side.path("title").asText(null);
            url = side.path("url").asText(null);
            outlet = side.path("outlet").asText(null);
        }
        String id = name.equals("-") ? "stdin" : Path.of(name).getFileName().toString();
        return new Loaded(new Article(id, r.text(), date, title, url, outlet, null), null);
    }

    private static byte[] readFile(Path p, int max) throws IOException {
        if (Files.isDirectory(p)) throw new IOException("it is a directory");
        if (Files.size(p) > max) return new byte[max + 1];
        return Files.readAllBytes(p);
    }

    private static byte[] readAll(InputStream in, int max) throws IOException {
        return in.readNBytes(max + 1);
    }

    /** NAME.json next to NAME.txt (or NAME.fr.txt → NAME.fr.json), when present and valid. */
    static JsonNode sidecar(Path text) {
        String f = text.getFileName().toString();
        int dot = f.lastIndexOf('.');
        if (dot <= 0) return null;
        Path side = text.resolveSibling(f.substring(0, dot) + ".json");
        if (!Files.isRegularFile(side)) return null;
        try {
            return ReadingJson.MAPPER.readTree(side.toFile());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
