package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.diurna.Diurna;
import org.diurna.model.Article;
import org.diurna.pipeline.Document;
import org.diurna.reading.ReadingJson;

/**
 * A folder of gold readings and the folder of the texts they describe, read by Diurna and scored: what
 * {@code diurna eval GOLD_DIR TEXT_DIR} and the {@code *Eval} tests run. A text is found as the gold's
 * {@code document.file} in the text folder; its sidecar ({@code NAME.fr.json}: published, title, url) is read as
 * {@code diurna read} reads it, the gold's {@code document.published} standing in when there is none.
 */
public final class GoldSet {
    /** One gold reading and its text (null when the text folder lacks it). */
    public record Item(String name, Path gold, Path text) {}

    private GoldSet() {}

    /** The gold readings of {@code goldDir} ({@code *.reading.json}, by name) with their texts in {@code textDir}. */
    public static List<Item> list(Path goldDir, Path textDir) throws IOException {
        List<Item> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(goldDir)) {
            for (Path g : s.filter(p -> p.getFileName().toString().endsWith(".reading.json")).sorted().toList()) {
                String name = g.getFileName().toString().replace(".reading.json", "");
                String file = GoldReading.load(g).documentFile();
                Path t = file.isEmpty() ? null : textDir.resolve(file);
                out.add(new Item(name, g, t != null && Files.isRegularFile(t) ? t : null));
            }
        }
        return out;
    }

    /** Reads every item's text with Diurna and scores it; {@code progress} is told after each one. */
    public static SetReport score(List<Item> items, Consumer<Item> progress) throws IOException {
        List<ArticleScore> out = new ArrayList<>();
        for (Item it : items) {
            if (it.text() == null) throw new IOException("no text for gold " + it.gold());
            out.add(score(it, read(it)));
            progress.accept(it);
        }
        return new SetReport(out);
    }

    /** Scores every item against a reading given for it (made earlier, or by another system). */
    public static SetReport scoreGiven(List<Item> items, java.util.function.Function<Item, JsonNode> given)
            throws IOException {
        List<ArticleScore> out = new ArrayList<>();
        for (Item it : items) out.add(score(it, given.apply(it)));
        return new SetReport(out);
    }

    /**
     * Readings saved by {@code diurna read --json} (JSON lines or pretty-printed, one after the other), by
     * {@code document.id}, which is the text's file name.
     */
    public static java.util.Map<String, JsonNode> readings(Path file) throws IOException {
        java.util.Map<String, JsonNode> out = new java.util.HashMap<>();
        // JSON lines or pretty-printed readings one after the other: a sequence of JSON values either way
        try (com.fasterxml.jackson.databind.MappingIterator<JsonNode> it = org.diurna.reading.ReadingJson.MAPPER
                .readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                JsonNode r = it.nextValue();
                String id = r.path("document").path("id").asText("");
                if (!id.isEmpty()) out.put(id, r);
            }
        } catch (RuntimeException e) {
            throw new IOException("not a sequence of JSON readings: " + e.getMessage(), e);
        }
        return out;
    }

    /** Scores one item against a produced reading. */
    public static ArticleScore score(Item it, JsonNode produced) throws IOException {
        GoldReading gold = GoldReading.load(it.gold());
        String text = Files.readString(it.text(), StandardCharsets.UTF_8);
        ScoreReport r = gold.score(produced, text);
        String problem = produced.hasNonNull("rejected") ? produced.get("rejected").asText() : null;
        return new ArticleScore(it.name(), r, EventDiff.of(gold.json(), produced, r), problem);
    }

    /** Diurna's reading of one item's text, as {@code diurna read --json} gives it. */
    public static JsonNode read(Item it) throws IOException {
        String text = Files.readString(it.text(), StandardCharsets.UTF_8);
        String f = it.text().getFileName().toString();
        Path side = it.text().resolveSibling(f.substring(0, f.lastIndexOf('.')) + ".json");
        JsonNode meta = Files.isRegularFile(side) ? GoldReading.readJson(side) : null;
        String published = meta != null && meta.hasNonNull("published") ? meta.get("published").asText()
                : GoldReading.load(it.gold()).published();
        Document doc = Diurna.read(new Article(f, text, published.isEmpty() ? null : LocalDate.parse(published),
                meta == null ? null : meta.path("title").asText(null), meta == null ? null : meta.path("url").asText(null),
                meta == null ? null : meta.path("outlet").asText(null), null));
        if (doc.rejected()) {
            // scored as an empty reading (every gold event missed), and said
            return ReadingJson.MAPPER.createObjectNode().put("rejected", doc.rejection().toString());
        }
        return ReadingJson.of(doc);
    }
}
