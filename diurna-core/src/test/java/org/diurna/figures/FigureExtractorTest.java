package org.diurna.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.diurna.model.Figure;
import org.diurna.model.Sentence;
import org.diurna.model.Span;
import org.diurna.model.Token;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {
    private final FigureExtractor extractor = new FigureExtractor();

    /** The figures of one sentence without a parse: the surface rules alone. */
    private List<Figure> fr(String text) {
        return extractor.extract(text, List.of(new Sentence(0, 0, text.length(), List.of())), "fr");
    }

    private List<Figure> en(String text) {
        return extractor.extract(text, List.of(new Sentence(0, 0, text.length(), List.of())), "en");
    }

    private static void assertFigure(Figure f, double value, String qualifier, String unit, String evidence) {
        assertEquals(value, f.value(), value >= 1 ? 0 : 1e-9);
        assertEquals(qualifier, f.qualifier());
        assertEquals(unit, f.unit());
        assertEquals(evidence, f.evidenceText());
        assertNull(f.place());
    }

    private static Figure only(List<Figure> figures) {
        assertEquals(1, figures.size(), figures.toString());
        return figures.get(0);
    }

    @Test
    void digitsWithFrenchThousandsAndAQualifier() {
        String t = "La guerre civile a fait plus de 250.000 morts depuis 2012.";
        Figure f = only(fr(t));
        assertFigure(f, 250_000, "more than", "deaths", "plus de 250.000 morts");
        assertEquals(new Span(24, 45), f.evidence());
    }

    @Test
    void numberWordCountingPeopleWithAParticiple() {
        assertFigure(only(fr("Au moins quinze personnes ont été tuées lundi lors d'un bombardement.")),
                15, "at least", "deaths", "Au moins quinze personnes ont été tuées");
    }

    @Test
    void twoFiguresAndARoundApproximation() {
        List<Figure> fs = fr("L'attentat a fait 8 morts et une quarantaine de blessés.");
        assertEquals(2, fs.size());
        assertFigure(fs.get(0), 8, "exact", "deaths", "8 morts");
        assertFigure(fs.get(1), 40, "about", "wounded", "une quarantaine de blessés");
    }

    @Test
    void millionsWithDecimalCommaAndSpaceThousands() {
        assertFigure(only(fr("Près de 2 millions de personnes ont été déplacées par les combats.")),
                2_000_000, "about", "displaced", "Près de 2 millions de personnes ont été déplacées");
        assertFigure(only(fr("Le pays accueille 1,1 million de réfugiés.")), 1_100_000, "exact", "refugees",
                "1,1 million de réfugiés");
        assertFigure(only(fr("Quelque 3 000 soldats ont été déployés à la frontière.")), 3000, "about", "troops",
                "Quelque 3 000 soldats");
    }

    @Test
    void shareOfThePopulationGovernedByDisplacement() {
        assertFigure(only(fr("Les combats ont provoqué le déplacement de la moitié de la population.")),
                0.5, "exact", "share of population displaced", "déplacement de la moitié de la population");
        assertFigure(only(fr("Plus d'un tiers des habitants ont été déplacés.")),
                1.0 / 3, "more than", "share of population displaced", "Plus d'un tiers des habitants ont été déplacés");
    }

    @Test
    void vaguePluralsAreMoreThanTheirUnit() {
        assertFigure(only(fr("La police a interpellé des centaines de manifestants samedi.")),
                100, "more than", "arrested", "interpellé des centaines de manifestants");
        List<Figure> fs = fr("Un mort et des dizaines de milliers de déplacés, selon l'ONU.");
        assertEquals(2, fs.size());
        assertFigure(fs.get(0), 1, "exact", "deaths", "Un mort");
        assertFigure(fs.get(1), 10_000, "more than", "displaced", "des dizaines de milliers de déplacés");
    }

    @Test
    void participleOverridesWhoWasCounted() {
        List<Figure> fs = fr("Deux soldats ont été tués et trois autres blessés dans une embuscade.");
        assertEquals(2, fs.size());
        assertFigure(fs.get(0), 2, "exact", "deaths", "Deux soldats ont été tués");
        assertFigure(fs.get(1), 3, "exact", "wounded", "trois autres blessés");
    }

    @Test
    void compoundNumberWordsAndAnOwnUnit() {
        // "otages" says what they are: the later participle does not turn them into arrests
        assertFigure(only(fr("Cent vingt et un otages sont toujours détenus.")), 121, "exact", "hostages",
                "Cent vingt et un otages");
        assertFigure(only(fr("Le bilan atteint quatre-vingt-dix-sept morts.")), 97, "exact", "deaths",
                "quatre-vingt-dix-sept morts");
    }

    @Test
    void postposedAndLongestQualifiers() {
        assertFigure(only(fr("L'explosion a fait 30 morts au moins.")), 30, "at least", "deaths", "30 morts au moins");
        assertFigure(only(fr("Pas plus de 40 personnes ont été arrêtées.")), 40, "up to", "arrested",
                "Pas plus de 40 personnes ont été arrêtées");
    }

    @Test
    void yearsDatesAgesVotesMoneyAndOrdinalsAreNotFigures() {
        assertEquals(List.of(), fr("En 2011, le président, âgé de 58 ans, a obtenu 52 % des voix et 3 millions "
                + "d'euros le 12 mars, pour la 2e fois devant 2000 délégués."));
        assertEquals(List.of(), fr("Depuis 2014 personnes et biens sont menacés, selon le 3e rapport."));
    }

    @Test
    void loneSoldierOrUncountedPeopleAreNotFigures() {
        assertEquals(List.of(), fr("Un militaire a déclaré que 12 personnes étaient présentes."));
    }

    @Test
    void offsetsPointIntoTheWholeText() {
        String t = "Le calme est revenu. Six journalistes ont été enlevés mardi.";
        List<Sentence> ss = List.of(new Sentence(0, 0, 20, List.of()), new Sentence(1, 21, t.length(), List.of()));
        Figure f = only(extractor.extract(t, ss, "fr"));
        assertFigure(f, 6, "exact", "kidnapped", "Six journalistes ont été enlevés");
        assertEquals(new Span(21, 53), f.evidence());
    }

    @Test
    void dependencyParseLinksASubjectToAFarParticiple() {
        String t = "Vingt personnes, dont trois enfants, ont été tuées.";
        assertEquals(List.of(), fr(t), "the surface rules stop at the comma");
        List<Token> toks = tokens(t,
                "Vingt NUM 1 nummod", "personnes NOUN 9 nsubj:pass", ", PUNCT 5 punct", "dont PRON 5 nmod",
                "trois NUM 5 nummod", "enfants NOUN 1 appos", ", PUNCT 5 punct", "ont AUX 9 aux", "été AUX 9 aux:pass",
                "tuées VERB -1 root", ". PUNCT 9 punct");
        Figure f = only(extractor.extract(t, List.of(new Sentence(0, 0, t.length(), toks)), "fr"));
        assertFigure(f, 20, "exact", "deaths", "Vingt personnes, dont trois enfants, ont été tuées");
    }

    @Test
    void englishKillingMoreThan() {
        assertFigure(only(en("The war has killed more than 300,000 people since 2011.")),
                300_000, "more than", "deaths", "killed more than 300,000 people");
    }

    @Test
    void englishParticipleAndVaguePlural() {
        assertFigure(only(en("At least 12 people were wounded in the attack.")), 12, "at least", "wounded",
                "At least 12 people were wounded");
        assertFigure(only(en("Police detained hundreds of protesters on Sunday.")), 100, "more than", "arrested",
                "detained hundreds of protesters");
    }

    @Test
    void englishDecimalMillionsAndNonFigures() {
        assertFigure(only(en("Some 1.5 million refugees live in the camps.")), 1_500_000, "about", "refugees",
                "Some 1.5 million refugees");
        assertFigure(only(en("The fighting displaced half of the population.")), 0.5, "exact",
                "share of population displaced", "displaced half of the population");
        assertEquals(List.of(), en("He won 52% of the vote in 2016 at the age of 70, the 3rd time, for $2 million."));
    }

    @Test
    void otherLanguagesGiveNothing() {
        assertTrue(extractor.extract("Mehr als 300.000 Tote.", List.of(), "de").isEmpty());
    }

    /** Tokens "word POS head deprel" laid over {@code text} from left to right. */
    private static List<Token> tokens(String text, String... specs) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String spec : specs) {
            String[] f = spec.split(" ");
            int start = text.indexOf(f[0], at);
            at = start + f[0].length();
            out.add(new Token(out.size(), start, at, f[0], f[1], "O", Integer.parseInt(f[2]), f[3]));
        }
        return out;
    }
}
