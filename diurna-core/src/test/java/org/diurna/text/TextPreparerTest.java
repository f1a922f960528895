package org.diurna.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextPreparerTest {
    private final TextPreparer prep = new TextPreparer();

    @Test void normalisationKeepsEveryOffset() {
        String s = "l’armée\u00A0a dit «\u202Fnon\u202F» — d’accord";
        String n = Normalizer.normalize(s);
        assertEquals(s.length(), n.length());
        assertEquals("l'armée a dit « non » — d'accord", n);
    }

    @Test void creditTitleAndPartnerBlockAreFound() {
        String t = "© AFP\n\nLe Mali expulse l’ambassadeur\n\nBAMAKO (AFP) - La junte a annoncé lundi l’expulsion.\n\n"
                + "Contenu partenaire";
        PreparedText p = prep.prepare(t);
        assertEquals("AFP", p.credit());
        assertEquals("AFP", p.creditSpan().of(t));
        assertEquals("Le Mali expulse l’ambassadeur", p.title().of(t));
        assertEquals(3, p.boilerplate().size(), p.boilerplate().toString());
        assertTrue(p.boilerplate().stream().anyMatch(b -> b.of(t).equals("Contenu partenaire")));
        assertTrue(p.boilerplate().stream().anyMatch(b -> b.of(t).startsWith("BAMAKO (AFP) -")));
        // the analysed text blanks boilerplate but keeps the length and the news
        assertEquals(t.length(), p.analysisText().length());
        assertTrue(p.analysisText().contains("La junte a annoncé lundi"));
        assertTrue(!p.analysisText().contains("Contenu partenaire") && !p.analysisText().contains("AFP"));
    }

    @Test void aDatelineWithoutAgencyIsBoilerplateAndNamesNoCredit() {
        String t = "Le Mali expulse l'ambassadeur\n\nBAMAKO, 6 mars 2024 - La junte a annoncé lundi l'expulsion.";
        PreparedText p = prep.prepare(t);
        assertNull(p.credit());
        assertTrue(p.boilerplate().stream().anyMatch(b -> b.of(t).equals("BAMAKO, 6 mars 2024 - ")), p.boilerplate()
                .toString());
        assertTrue(p.analysisText().contains("La junte a annoncé lundi") && !p.analysisText().contains("BAMAKO"));
        // a sentence that opens with a name and a date is no dateline
        PreparedText q = prep.prepare("Titre\n\nLe 6 mars 2024, Bamako a expulsé l'ambassadeur.");
        assertTrue(q.boilerplate().isEmpty(), q.boilerplate().toString());
    }

    @Test void paragraphsExcludeBoilerplateAndFollowBlankLines() {
        String t = "Titre court\n\nPremier paragraphe.\nSuite.\n\nSecond paragraphe.";
        PreparedText p = prep.prepare(t);
        assertEquals(3, p.paragraphs().size());
        assertEquals("Premier paragraphe.\nSuite.", p.paragraphs().get(1).of(t));
    }

    @Test void aSentenceIsNotATitle() {
        PreparedText p = prep.prepare("Le président a parlé.\n\nIl a dit non.");
        assertNull(p.title());
        assertNull(p.credit());
    }
}
