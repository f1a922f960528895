package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diurna.Diurna;
import org.diurna.model.Article;
import org.diurna.model.Event;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.diurna.reading.ReadingJson;

/** Reads each sentence of a CAMEO/PLOVER gold file (JSONL) as English and scores it with {@link CameoScorer}. */
public final class CameoEvaluation {
    /** One sentence: its gold line, what was produced, and its score. */
    public record Item(JsonNode gold, List<CameoScorer.Gold> events, List<CameoScorer.Produced> produced,
                       CameoScorer.Sentence score) {}

    /** Called after each sentence (progress, error listings). */
    public interface Listener {
        void read(Item item);
    }

    private CameoEvaluation() {}

    /** The non-blank lines of a gold file. */
    public static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
    }

    public static CameoScorer.Total score(List<String> lines, Listener listener) throws IOException {
        CameoScorer.Total total = CameoScorer.Total.empty();
        for (String line : lines) {
            JsonNode g = ReadingJson.MAPPER.readTree(line);
            List<CameoScorer.Gold> gold = new ArrayList<>();
            for (JsonNode e : g.path("events")) {
                gold.add(new CameoScorer.Gold(text(e, "source"), text(e, "target"), text(e, "cameo"),
                        text(e, "plover")));
            }
            List<CameoScorer.Produced> produced = produced(g);
            CameoScorer.Sentence s = CameoScorer.score(gold, produced);
            total = total.plus(s);
            listener.read(new Item(g, gold, produced, s));
        }
        return total;
    }

    /** The asserted events read in the sentence, declared English (short sentences fool language detection). */
    static List<CameoScorer.Produced> produced(JsonNode g) {
        String date = text(g, "date");
        Article a = new Article(g.path("id").asText("sentence"), g.path("text").asText(),
                date == null ? null : LocalDate.parse(date), null, null, null, "en");
        Document d = Diurna.read(a);
        List<CameoScorer.Produced> out = new ArrayList<>();
        if (d.rejected() || !d.has(Layers.EVENTS)) return out;
        for (Event e : d.get(Layers.EVENTS)) {
            if (!"asserted".equals(e.factuality())) continue;
            out.add(new CameoScorer.Produced(e.plover(), e.cameo(), e.source() == null ? null : e.source().country(),
                    e.target() == null ? null : e.target().country(), e.symmetric(), e.trigger()));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
