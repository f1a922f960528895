package org.diurna.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class KeysTest {
    @Test void variantsShareAKey() {
        assertEquals(Keys.key("Maison Blanche"), Keys.key("Maison-Blanche"));
        assertEquals(Keys.key("Erdogan"), Keys.key("Erdoğan"));
        assertEquals(Keys.key("l'Élysée"), Keys.key("l’elysee"));
        assertEquals("cavusoglu", Keys.key("Çavuşoğlu"));
    }

    @Test void acronymsAreCaseSensitive() {
        assertTrue(Keys.caseSensitive("US"));
        assertTrue(Keys.caseSensitive("EI"));
        assertFalse(Keys.caseSensitive("Anadolu"));
    }

    @Test void titlesThatBeginWithTheirArticleAreCaseSensitive() {
        // "le point", "le temps", "la croix" are common phrases; the titles are written capitalised
        assertTrue(Keys.caseSensitive("Le Point"));
        assertTrue(Keys.caseSensitive("Les Échos"));
        assertTrue(Keys.caseSensitive("L'Express"));
        assertFalse(Keys.caseSensitive("Le groupe"));
        assertFalse(Keys.caseSensitive("Libération"));
    }

    @Test void aCaseSensitiveAliasNeedsItsCapitalsNotOnlyThem() {
        assertTrue(Keys.capitalsKept("US", "US"));
        assertFalse(Keys.capitalsKept("US", "us"));
        assertFalse(Keys.capitalsKept("US", "Us"));
        // house styles capitalise more words than the name has; a missing capital is another word
        assertTrue(Keys.capitalsKept("La France insoumise", "La France Insoumise"));
        assertFalse(Keys.capitalsKept("La France insoumise", "la France insoumise"));
        assertFalse(Keys.capitalsKept("Le Point", "le point"));
        assertFalse(Keys.capitalsKept("Le Point", "Le point"));
    }

    @Test void malformedRowsFailWithTheirLine() {
        String tsv = "# c\na\tb\n1\t2\n3\n";
        var e = assertThrows(IllegalStateException.class,
                () -> Tsv.parse("x.tsv", new BufferedReader(new StringReader(tsv))));
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
    }

    @Test void cellsSplitOnBars() throws Exception {
        var rows = Tsv.parse("x.tsv", new BufferedReader(new StringReader("a\tb\nx| y |\t\n")), "a", "b");
        assertEquals(java.util.List.of("x", "y"), rows.get(0).list("a"));
        assertEquals(null, rows.get(0).opt("b"));
    }
}
