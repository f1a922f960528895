package org.diurna.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diurna.model.Article;
import org.diurna.model.Timex;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.diurna.text.TextPreparer;
import org.junit.jupiter.api.Test;

class TimeStageTest {

    @Test void declaresItsLayers() {
        TimeStage s = new TimeStage();
        assertEquals(Set.of(Layers.PREPARED, Layers.LANGUAGE, Layers.SENTENCES), s.requires());
        assertEquals(Set.of(Layers.TIMEXES), s.provides());
    }

    @Test void languageWithoutTaggerGivesNoTimesAndAWarning() {
        Article a = Article.of("de-1", "Am Donnerstag kommt der Minister.", LocalDate.of(2016, 11, 30));
        Document d = Document.of(a);
        d = d.with(Layers.PREPARED, new TextPreparer().prepare(a.text())).with(Layers.LANGUAGE, "de")
                .with(Layers.SENTENCES, List.of());
        Document out = new TimeStage().apply(d);
        assertEquals(List.<Timex>of(), out.get(Layers.TIMEXES));
        assertFalse(out.rejected());
        assertEquals("language", out.problems().get(0).code());
    }

    @Test void taggerRefusesUnknownLanguages() {
        assertFalse(TemporalTagger.supports("de"));
        assertFalse(TemporalTagger.supports(null));
        assertTrue(TemporalTagger.supports("fr"));
        assertThrows(IllegalArgumentException.class,
                () -> TemporalTagger.get().tag("Am Donnerstag.", List.of(), "de", null));
    }

    @Test void ongoingIsReadFromTheRule() {
        assertTrue(TemporalTagger.isOngoing(new Timex(0, 1, "x", "DURATION", "PXD", "diurna:ongoing-depuis-vague")));
        assertFalse(TemporalTagger.isOngoing(new Timex(0, 1, "x", "DURATION", "PXD", "heideltime:duration_r1a")));
    }
}
