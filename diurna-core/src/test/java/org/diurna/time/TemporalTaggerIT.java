package org.diurna.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.diurna.Shared;
import org.diurna.model.Sentence;
import org.diurna.model.Timex;
import org.diurna.nlp.CoreNlp;
import org.diurna.text.TextPreparer;
import org.diurna.time.internal.HeidelTimeRunner;
import org.junit.jupiter.api.Test;

/** The tagger with real CoreNLP and HeidelTime, on sentences written for the test and on the reference dispatch. */
class TemporalTaggerIT {
    private static final LocalDate WED = LocalDate.of(2016, 11, 30);
    private static final String FRENCH = "Le chef de la diplomatie russe est attendu jeudi en Turquie. "
            + "Il a affirmé la veille que l'opération lancée l'été dernier visait le régime. "
            + "Les forces gouvernementales progressent depuis plusieurs jours dans les quartiers Est. "
            + "Depuis le début de la guerre en 2011, les combats ont tué 200.000 personnes. "
            + "Mardi soir, à 22 h, trois civils ont été tués. Le sommet aura lieu le 5 décembre.";

    private static List<Timex> tag(String text, String language, LocalDate dct) {
        List<Sentence> s = CoreNlp.parse(text, language, CoreNlp.Depth.TAGS);
        return TemporalTagger.get().tag(text, s, language, dct);
    }

    private static Timex find(List<Timex> t, String text) {
        return t.stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + text + "' in " + t));
    }

    @Test void frenchSentences() {
        List<Timex> t = tag(FRENCH, "fr", WED);
        assertEquals("2016-12-01", find(t, "jeudi").value());
        assertEquals("2016-11-29", find(t, "la veille").value());
        assertEquals("2016-SU", find(t, "l'été dernier").value());
        assertEquals("PXD", find(t, "plusieurs jours").value());
        assertTrue(TemporalTagger.isOngoing(find(t, "plusieurs jours")));
        assertEquals("2011", find(t, "2011").value());
        assertEquals("2016-11-29TEV", find(t, "Mardi soir").value());
        assertEquals("2016-11-29T22:00", find(t, "22 h").value());
        assertEquals("2016-12-05", find(t, "le 5 décembre").value());
        for (Timex x : t) assertEquals(x.text(), FRENCH.substring(x.start(), x.end()), "offsets into the text");
    }

    @Test void englishSentences() {
        String text = "Russian Foreign Minister Sergei Lavrov is expected in Turkey on Thursday. Erdogan said the day "
                + "before that the operation launched last summer aimed to end Assad's rule. Forces have advanced over "
                + "the past few days. The conflict began in 2011.";
        List<Timex> t = tag(text, "en", WED);
        assertEquals("2016-12-01", find(t, "Thursday").value());
        assertEquals("2016-11-29", find(t, "the day before").value());
        assertEquals("2016-SU", find(t, "last summer").value());
        assertEquals("2011", find(t, "2011").value());
        assertTrue(t.stream().anyMatch(TemporalTagger::isOngoing), t.toString());
    }

    @Test void withoutPublicationDateNothingIsResolvedAgainstToday() {
        List<Timex> t = tag(FRENCH, "fr", null);
        assertEquals("XXXX-WXX-4", find(t, "jeudi").value());
        assertEquals("XXXX-XX-XX", find(t, "la veille").value());
        assertEquals("XXXX-SU", find(t, "l'été dernier").value());
        String thisYear = String.valueOf(LocalDate.now().getYear());
        for (Timex x : t) assertFalse(x.value().startsWith(thisYear), x.toString());
    }

    @Test void referenceDispatch() throws Exception {
        String raw = Files.readString(Shared.file("reference/afp-2016-11-30-alep.fr.txt"));
        String text = new TextPreparer().prepare(raw).analysisText();
        List<Timex> t = tag(text, "fr", WED);
        assertEquals(List.of("2016-11-30", "2016-11-30"), t.stream().filter(x -> x.text().equals("mercredi"))
                .map(Timex::value).toList());
        assertEquals("2016-11-29", find(t, "la veille").value());
        assertEquals("2016-SU", find(t, "l'été dernier").value());
        assertEquals("2016-12-01", find(t, "jeudi").value(), "est attendu jeudi: the coming Thursday");
        assertTrue(TemporalTagger.isOngoing(find(t, "plusieurs jours")));
        assertEquals("2011", find(t, "2011").value());
        assertTrue(t.stream().noneMatch(x -> x.value().equals("2016-11-24")), t.toString());
    }

    /** The rule-skipping HeidelTime gives HeidelTime's own output. */
    @Test void filteredHeidelTimeEqualsHeidelTime() throws Exception {
        HeidelTimeRunner plain = new HeidelTimeRunner(true, false);
        HeidelTimeRunner fast = new HeidelTimeRunner(true, true);
        List<Sentence> s = CoreNlp.parse(FRENCH, "fr", CoreNlp.Depth.TAGS);
        List<Timex> expected = plain.run(FRENCH, s, "fr", WED);
        assertFalse(expected.isEmpty());
        assertEquals(expected, fast.run(FRENCH, s, "fr", WED));
        assertEquals(plain.run(FRENCH, s, "fr", null), fast.run(FRENCH, s, "fr", null));
    }

    @Test void threadsGetTheSameAnswers() throws Exception {
        List<Sentence> s = CoreNlp.parse(FRENCH, "fr", CoreNlp.Depth.TAGS);
        List<Timex> expected = TemporalTagger.get().tag(FRENCH, s, "fr", WED);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Timex>>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) runs.add(pool.submit(() -> TemporalTagger.get().tag(FRENCH, s, "fr", WED)));
            for (Future<List<Timex>> f : runs) assertEquals(expected, f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test void emptyTextHasNoTimes() {
        assertEquals(List.of(), TemporalTagger.get().tag("", List.of(), "fr", WED));
        assertEquals(List.of(), tag("   ", "fr", WED));
    }

    @Test void heidelTimeLeavesTheDefaultLocaleAlone() {
        java.util.Locale before = java.util.Locale.getDefault();
        new HeidelTimeRunner(true, true).run("Il part lundi.", CoreNlp.parse("Il part lundi.", "fr",
                CoreNlp.Depth.TAGS), "fr", WED);
        assertEquals(before, java.util.Locale.getDefault());
    }
}
