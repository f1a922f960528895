package org.diurna.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.diurna.model.Article;
import org.diurna.model.Timex;
import org.diurna.nlp.CoreNlp;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.diurna.text.PreparedText;
import org.diurna.text.TextPreparer;
import org.junit.jupiter.api.Test;

class TimeStageIT {

    @Test void datesTheAnalysisTextWithThePublicationDate() {
        String raw = "© AFP\n\nLavrov attendu en Turquie\n\nLe chef de la diplomatie russe est attendu jeudi en Turquie. "
                + "Il l’a annoncé la veille.\n";
        Article a = Article.of("afp-1", raw, LocalDate.of(2016, 11, 30));
        PreparedText prepared = new TextPreparer().prepare(raw);
        Document d = Document.of(a).with(Layers.PREPARED, prepared).with(Layers.LANGUAGE, "fr")
                .with(Layers.SENTENCES, CoreNlp.parse(prepared.analysisText(), "fr", CoreNlp.Depth.TAGS));
        List<Timex> t = new TimeStage().apply(d).get(Layers.TIMEXES);
        Timex jeudi = t.stream().filter(x -> x.text().equals("jeudi")).findFirst().orElseThrow();
        assertEquals("2016-12-01", jeudi.value());
        assertEquals("jeudi", raw.substring(jeudi.start(), jeudi.end()), "offsets hold in the original text");
        assertEquals("2016-11-29", t.stream().filter(x -> x.text().equals("la veille")).findFirst().orElseThrow().value());
    }
}
