package org.diurna.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diurna.model.Figure;
import org.diurna.model.Sentence;
import org.diurna.nlp.CoreNlp;
import org.junit.jupiter.api.Test;

/** The figure rules on sentences split, tagged and parsed by the real CoreNLP French models (needs -Xmx3g). */
class FigureExtractorIT {

    @Test
    void figuresOfParsedFrenchSentences() {
        String text = "La guerre a causé plus de 250.000 morts et entraîné le déplacement de la moitié de la population.\n\n"
                + "Au moins quinze personnes ont été tuées lundi lors d'un bombardement.\n\n"
                + "L'attentat a fait 8 morts et une quarantaine de blessés, en 2015.\n\n"
                + "La police a interpellé des centaines de manifestants samedi.\n\n"
                + "Vingt personnes, dont trois enfants, ont été tuées.";
        List<Sentence> sentences = CoreNlp.parse(text, "fr", CoreNlp.Depth.PARSE);
        assertEquals(5, sentences.size());
        List<String> got = new FigureExtractor().extract(text, sentences, "fr").stream()
                .map(FigureExtractorIT::show).toList();
        assertEquals(List.of(
                "250000.0 more than deaths [plus de 250.000 morts]",
                "0.5 exact share of population displaced [déplacement de la moitié de la population]",
                "15.0 at least deaths [Au moins quinze personnes ont été tuées]",
                "8.0 exact deaths [8 morts]",
                "40.0 about wounded [une quarantaine de blessés]",
                "100.0 more than arrested [interpellé des centaines de manifestants]",
                // only the parse links "personnes" to "tuées" across the parenthetical
                "20.0 exact deaths [Vingt personnes, dont trois enfants, ont été tuées]"), got);
    }

    private static String show(Figure f) {
        return f.value() + " " + f.qualifier() + " " + f.unit() + " [" + f.evidenceText() + "]";
    }
}
