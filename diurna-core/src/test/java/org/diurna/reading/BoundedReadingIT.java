package org.diurna.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.diurna.Diurna;
import org.diurna.model.Article;
import org.diurna.model.Problem;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.diurna.pipeline.Limits;
import org.junit.jupiter.api.Test;

/**
 * The reader finishes every input within its limits (issue 10): the probe's shapes that exhausted it (a long run of
 * letters without spaces: OutOfMemoryError in CoreNLP's NER; one endless sentence: minutes in the parser; a text of
 * megabytes) are read in part or refused, each time with the problem recorded, never thrown.
 */
class BoundedReadingIT {
    static final String LEAD = "Le président français a rencontré mardi à Paris son homologue allemand pour parler de"
            + " la guerre en Ukraine, a indiqué l'Élysée.\n\n";
    static final List<String> WORDS = List.of("le", "gouvernement", "a", "annoncé", "que", "la", "France", "et",
            "armée", "de", "Paris", "mardi", "contre", "les", "rebelles");

    static String words(int n, String sep, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(WORDS.get(r.nextInt(WORDS.size()))).append(sep);
        return b.toString();
    }

    static Document read(String text) {
        return Diurna.read(new Article("probe", text, LocalDate.of(2024, 5, 14), null, null, null, null));
    }

    @Test void aLongRunWithoutSpacesIsBlankedAndTheRestRead() {
        Document d = read(LEAD + words(45_000, "", 1).substring(0, 190_000));
        assertFalse(d.rejected(), String.valueOf(d.rejection()));
        assertTrue(codes(d).contains("word-too-long"), "problems: " + d.problems());
        assertTrue(d.get(Layers.EVENTS).stream().anyMatch(e -> e.plover().equals("CONSULT")),
                "the lead sentence is still read: " + d.get(Layers.EVENTS));
    }

    @Test void anEndlessSentenceIsLeftUnparsedAndSaid() {
        Document d = read(LEAD + words(20_000, " ", 2) + ".");
        assertFalse(d.rejected(), String.valueOf(d.rejection()));
        assertTrue(codes(d).contains("sentence-too-long"), "problems: " + d.problems());
        assertTrue(d.get(Layers.SENTENCES).stream().allMatch(s -> s.tokens().size() <= Limits.DEFAULT.maxSentenceTokens()));
        assertTrue(d.get(Layers.EVENTS).stream().anyMatch(e -> e.plover().equals("CONSULT")));
    }

    @Test void aTextOverTheLimitIsRefusedBeforeAnyStage() {
        Document d = read(LEAD.repeat(Limits.DEFAULT.maxChars() / LEAD.length() + 1));
        assertTrue(d.rejected());
        assertEquals("too-large", d.rejection().code());
        assertFalse(d.has(Layers.PREPARED), "no stage ran");
    }

    @Test void aReadingPastItsBudgetIsStoppedAndSaid() {
        var tight = Diurna.pipeline().withLimits(Limits.DEFAULT.withTimeBudget(Duration.ofMillis(1)));
        Document d = tight.run(new Article("slow", LEAD.repeat(50), LocalDate.of(2024, 5, 14), null, null, null,
                null));
        assertTrue(d.rejected());
        assertEquals("time-budget", d.rejection().code());
        assertTrue(d.rejection().detail().contains("budget"), d.rejection().detail());
    }

    @Test void anOrdinaryArticleHasNoProblem() {
        Document d = read(LEAD);
        assertFalse(d.rejected());
        assertTrue(d.problems().isEmpty(), "problems: " + d.problems());
        assertTrue(ReadingJson.of(d).path("problems").isMissingNode(), "no problems key in an ordinary reading");
    }

    private static List<String> codes(Document d) {
        return d.problems().stream().map(Problem::code).toList();
    }
}
