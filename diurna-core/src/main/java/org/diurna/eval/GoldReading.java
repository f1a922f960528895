package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A gold reading ({@code *.reading.json}): what a careful analyst extracts from one dispatch, with the rules to score
 * a produced reading against it. The JSON is kept as a Jackson tree.
 */
public final class GoldReading {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode json;
    private final Path file;

    private GoldReading(JsonNode json, Path file) {
        if (json == null || !json.isObject()) throw new IllegalArgumentException("a gold reading is a JSON object");
        this.json = json;
        this.file = file;
    }

    /** Reads a gold file (UTF-8). */
    public static GoldReading load(Path file) throws IOException {
        return new GoldReading(readJson(file), file);
    }

    /** Wraps a gold reading already parsed. */
    public static GoldReading of(JsonNode json) {
        return new GoldReading(Objects.requireNonNull(json, "json"), null);
    }

    /** Reads any JSON file, a produced reading for instance. */
    public static JsonNode readJson(Path file) throws IOException {
        return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The gold reading as a Jackson tree. */
    public JsonNode json() {
        return json;
    }

    /** {@code document.file}: the name of the dispatch this gold reading describes, "" when not given. */
    public String documentFile() {
        return Texts.str(json.path("document"), "file");
    }

    /** {@code document.published}, "" when not given. */
    public String published() {
        return Texts.str(json.path("document"), "published");
    }

    /** The dispatch file, next to the gold file, when the gold was loaded from a file and names one. */
    public Optional<Path> textFile() {
        if (file == null || documentFile().isEmpty()) return Optional.empty();
        Path dir = file.toAbsolutePath().getParent();
        return Optional.of(dir.resolve(documentFile()));
    }

    /** Reads the dispatch next to the gold file (UTF-8, as is: no line-ending or other change). */
    public String readText() throws IOException {
        Path p = textFile().orElseThrow(() -> new IOException("no document.file next to the gold reading"));
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** Scores {@code produced} against this gold reading; see {@link ReadingScorer#score}. */
    public ScoreReport score(JsonNode produced, String originalText) {
        return ReadingScorer.score(json, produced, originalText);
    }
}
