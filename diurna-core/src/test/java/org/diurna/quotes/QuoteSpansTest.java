package org.diurna.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.diurna.model.Span;
import org.junit.jupiter.api.Test;

class QuoteSpansTest {

    private static List<String> quotes(String text) {
        return quotes(text, List.of());
    }

    private static List<String> quotes(String text, List<Span> excluded) {
        return QuoteSpans.find(text, excluded).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void guillemetsWithInnerSpaces() {
        String t = "Le ministre a promis de « tout faire pour la paix », selon son entourage.";
        List<Span> spans = QuoteSpans.find(t, List.of());
        assertEquals(List.of(new Span(26, 49)), spans);
        assertEquals("tout faire pour la paix", spans.get(0).of(t));
    }

    @Test
    void guillemetsWithoutInnerSpaces() {
        assertEquals(List.of("une victoire historique"), quotes("Il a salué «une victoire historique» hier."));
    }

    @Test
    void curlyQuotes() {
        assertEquals(List.of("We will not give up"), quotes("He said: “We will not give up”, before leaving."));
    }

    @Test
    void straightQuotesToggle() {
        assertEquals(List.of("oui", "jamais"), quotes("Elle a répondu \"oui\" puis \"jamais\" aux journalistes."));
    }

    @Test
    void singleGuillemets() {
        assertEquals(List.of("Nein danke"), quotes("Le slogan ‹ Nein danke › a refait surface."));
    }

    @Test
    void germanLowOpeningQuote() {
        assertEquals(List.of("Wir schaffen das"), quotes("Sie sagte „Wir schaffen das“ im Sommer."));
    }

    @Test
    void reversedOpenerAfterApostropheAndSpace() {
        String t = "Les deux dirigeants ont décidé d' »intensifier les discussions » sur la trêve.";
        assertEquals(List.of("intensifier les discussions"), quotes(t));
    }

    @Test
    void reversedOpenerGluedToApostrophe() {
        assertEquals(List.of("ouvrir un corridor"), quotes("Ils ont accepté d'»ouvrir un corridor» jeudi."));
    }

    @Test
    void reversedCloserGluedToTheWord() {
        assertEquals(List.of("nous tiendrons bon"), quotes("« nous tiendrons bon« , a-t-il lancé."));
    }

    @Test
    void strayCloserWithoutOpenerIsIgnored() {
        assertEquals(List.of(), quotes("La trêve tient » depuis lundi, a-t-on appris."));
    }

    @Test
    void missingCloserEndsWithTheParagraph() {
        String t = "Le porte-parole a déclaré : « les négociations reprendront lundi.\n\nLa veille, l'armée avait tiré.";
        assertEquals(List.of("les négociations reprendront lundi."), quotes(t));
    }

    @Test
    void missingCloserAtTheEndOfTheText() {
        assertEquals(List.of("nous ne partirons pas"), quotes("Les habitants répètent « nous ne partirons pas  "));
    }

    @Test
    void neverAcrossABlankLine() {
        String t = "Il a parlé d'« une étape\n  \nimportante » pour le pays.";
        assertEquals(List.of("une étape"), quotes(t));
    }

    @Test
    void multiParagraphQuoteReopenedWithAGuillemet() {
        String t = "« Nous avons tout perdu.\n\n« Il ne reste rien de notre quartier », raconte une habitante.";
        assertEquals(List.of("Nous avons tout perdu.", "Il ne reste rien de notre quartier"), quotes(t));
    }

    @Test
    void nestedCurlyInsideGuillemetsGivesTheOuterQuote() {
        String t = "« Ils parlent de “ libération ”, mais c'est une occupation », dit-il.";
        assertEquals(List.of("Ils parlent de “ libération ”, mais c'est une occupation"), quotes(t));
    }

    @Test
    void overlongUnclosedQuoteIsDroppedButItsInnerQuotesKept() {
        String t = "Selon lui « " + "bla ".repeat(200) + "et le “ cessez-le-feu ” " + "bla ".repeat(10) + "\n\nFin.";
        assertEquals(List.of("cessez-le-feu"), quotes(t));
    }

    @Test
    void quotesInsideExcludedSpansAreSkipped() {
        String t = "« Lire aussi »\n\nLe maire a dénoncé « un carnage ».";
        assertEquals(List.of("un carnage"), quotes(t, List.of(new Span(0, 14))));
    }

    @Test
    void excludedSpanEndsAnOpenQuote() {
        String t = "Il a dit « assez PUBLICITÉ » ensuite.";
        assertEquals(List.of("assez"), quotes(t, List.of(new Span(17, 26))));
    }

    @Test
    void quotesOfOneCharacterAreDroppedTwoAreKept() {
        assertEquals(List.of("OK"), quotes("Le plan « B » et le feu « OK » du ministre."));
    }

    @Test
    void linearOnPathologicalInput() {
        String t = "«".repeat(100_000) + " x » ".repeat(50_000) + "\"".repeat(100_001);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> QuoteSpans.find(t, List.of()));
    }
}
