package org.diurna.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diurna.model.Article;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Pipeline;
import org.diurna.pipeline.Layers;
import org.diurna.text.TextPreparer;
import org.junit.jupiter.api.Test;

class LanguageStageIT {
    private final Pipeline p = Pipeline.of(new TextPreparer(), new LanguageStage());

    private Document read(String text) {
        return p.run(Article.of("t", text, null));
    }

    @Test void frenchAndEnglishAreRead() {
        assertEquals("fr", read("Le ministre des Affaires étrangères a rencontré mardi son homologue à Paris.")
                .get(Layers.LANGUAGE));
        assertEquals("en", read("The foreign minister met his counterpart in Paris on Tuesday, officials said.")
                .get(Layers.LANGUAGE));
    }

    @Test void otherLanguagesAreRejectedNamingTheLanguage() {
        Document d = read("Der Außenminister traf sich am Dienstag in Berlin mit seinem Amtskollegen.");
        assertTrue(d.rejected());
        assertEquals("language", d.rejection().code());
        assertTrue(d.rejection().detail().contains("'de'"), d.rejection().detail());
    }

    @Test void textWithoutLettersIsRejected() {
        Document d = read("© AFP\n\n12 34 56 -- !!");
        assertTrue(d.rejected());
        assertEquals("no-text", d.rejection().code());
    }
}
