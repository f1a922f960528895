package org.diurna.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** Snippets: the right window, the right marks, never past the text. */
class SnippetsTest {
    private final Analyzers analyzers = new Analyzers();
    private final TextQueries queries = new TextQueries(analyzers);

    private String snippet(String lang, String query, String text) {
        String family = Fields.family(lang);
        Query q = queries.parse(query, Fields.FAMILIES);
        String field = Fields.text(family);
        return Snippets.of(text, analyzers.indexAnalyzer(family), field, QueryTerms.of(q, field));
    }

    /** The snippet with its marks and cut marks taken off, which must be a piece of the text. */
    private static String plain(String snippet) {
        return snippet.replace(Snippets.OPEN, "").replace(Snippets.CLOSE, "").replace(Snippets.CUT, "");
    }

    private static final String FILLER_FR = "Les négociations se poursuivent à Genève entre les délégations. ";
    private static final String LONG_FR = FILLER_FR.repeat(6)
            + "Mercredi, de nouveaux bombardements ont frappé la ville, et l'armée a confirmé ces bombardements. "
            + FILLER_FR.repeat(6);

    @Test void marksTheMatchesInAWindowAroundThem() {
        String s = snippet("fr", "bombardement armée", LONG_FR);
        assertTrue(s.contains("«bombardements»"), s);
        assertTrue(s.contains("«l'armée»"), s);
        assertTrue(s.startsWith(Snippets.CUT) && s.endsWith(Snippets.CUT), s);
        String p = plain(s);
        assertTrue(p.length() <= Snippets.WINDOW, p.length() + ": " + p);
        assertTrue(LONG_FR.contains(p), p);
        // the window starts at the sentence with the matches
        assertTrue(p.startsWith("Mercredi"), p);
    }

    @Test void staysWithinTheTextAtBothEnds() {
        String text = "Bombardements à l'aube. " + FILLER_FR.repeat(10) + "Fin des bombardements";
        String start = snippet("fr", "bombardement", text);
        assertTrue(start.startsWith("«Bombardements»"), start);
        assertTrue(plain(start).length() <= Snippets.WINDOW);
        String end = snippet("fr", "fin", text);
        assertTrue(end.endsWith("«Fin» des bombardements"), end);
        assertTrue(plain(end).length() <= Snippets.WINDOW);
        assertTrue(text.contains(plain(end)));
    }

    @Test void shortTextIsWholeAndUncut() {
        assertEquals("A «drone» fell.", snippet("en", "drones", "A drone fell."));
    }

    @Test void prefersTheWindowWithMoreDistinctTerms() {
        String text = "Aleppo. " + "Nothing here at all. ".repeat(15) + "Aleppo ceasefire talks. "
                + "Nothing here at all. ".repeat(15);
        String s = snippet("en", "Aleppo ceasefire", text);
        assertTrue(s.contains("«Aleppo» «ceasefire»"), s);
    }

    @Test void withoutMatchesTheBeginningCutAtAWord() {
        String text = "Word ".repeat(100);
        String s = snippet("en", "absent", text);
        assertTrue(s.endsWith("Word" + Snippets.CUT), s);
        assertTrue(plain(s).length() <= Snippets.WINDOW);
        assertFalse(s.contains(Snippets.OPEN));
    }

    @Test void excludedTermsAndPhrasesAndWildcards() {
        String text = "Turkish troops crossed; Kurdish troops withdrew.";
        // a phrase's words are marked wherever they occur, an excluded word nowhere
        assertEquals("Turkish «troops» crossed; «Kurdish» «troops» withdrew.",
                snippet("en", "\"Kurdish troops\" -Turkish", text));
        assertTrue(snippet("en", "withdr*", text).contains("«withdrew»"));
        assertFalse(snippet("en", "troops -Turkish", text).contains("«Turkish»"));
    }

    @Test void collapsesLineBreaks() {
        assertEquals("Un «drone». Puis un autre.", snippet("fr", "drone", "Un drone.\n\nPuis   un autre."));
    }

    @Test void otherLanguages() {
        assertEquals("Die «Waffenruhe» hält.", snippet("de", "waffenruhe", "Die Waffenruhe hält."));
    }
}
