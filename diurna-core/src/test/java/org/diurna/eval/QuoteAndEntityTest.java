package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteAndEntityTest {
    private static final JsonNode GOLD = Fx.json("""
            {"quotes": [
               {"text": "nous irons jusqu’au bout de cette réforme", "speaker_any": ["Dupont", "Élysée"]},
               {"text": "aucune décision n'est prise", "speaker_any": ["Martin"]}],
             "entities": [
               {"text": "Jean Dupont", "also": ["Dupont", "M. Dupont"], "type": "PERSON",
                "actor": {"country": "FRA", "sector": "GOV"}},
               {"text": "Lyon", "type": "LOCATION", "place": {"name": "Lyon", "country": "FRA"}},
               {"text": "Bâle", "type": "LOCATION", "place": {"name": "Basel", "country": "CHE"}},
               {"text": "Reuters", "type": "ORGANIZATION", "actor": {"country": "GBR", "sector": "MED"}}]}
            """);

    @Test
    void quoteContainmentEitherWay() {
        assertTrue(QuoteScorer.matches("nous irons jusqu’au bout", "« nous irons   jusqu'au bout » a-t-il dit"));
        String gold = "0123456789";  // 10 characters
        assertTrue(QuoteScorer.matches(gold, "01234567"));     // 8 of 10 contained: enough
        assertFalse(QuoteScorer.matches(gold, "0123456"));     // 7 of 10: too little
        assertFalse(QuoteScorer.matches(gold, "0123X567"));    // not contained
        // as in the reference scorer, quotation marks are text: a gold quote with inner marks needs them produced
        assertFalse(QuoteScorer.matches("il faut « agir vite »", "“il faut agir vite”"));
        assertTrue(QuoteScorer.matches("Il faut AGIR", "il faut agir"));
        assertFalse(QuoteScorer.matches("agir vite", ""));
    }

    @Test
    void quotesFoundAndSpeakers() {
        JsonNode produced = Fx.json("""
                {"quotes": [
                   {"text": "« nous irons jusqu'au bout de cette réforme »", "speaker": {"name": "Jean DUPONT"}},
                   {"text": "irons jusqu'au bout de cette réforme", "speaker": {"name": "le porte-parole"}},
                   {"text": "aucune décision", "speaker": {"name": "Martin"}}]}
                """);
        ScoreReport r = ReadingScorer.score(GOLD, produced, "");
        QuoteResult first = r.quotes().get(0);
        assertTrue(first.found());
        assertTrue(first.speakerRight());
        assertEquals("Jean DUPONT", first.producedSpeaker());
        assertFalse(r.quotes().get(1).found());
        assertEquals(1, r.quotesFound());
        assertEquals(1, r.quotesRight());
        assertEquals(2, r.quotesTotal());
        // the first produced quote that matches is the one scored, as in the reference scorer
        JsonNode swapped = Fx.json("""
                {"quotes": [
                   {"text": "irons jusqu'au bout de cette réforme", "speaker": {"name": "le porte-parole"}},
                   {"text": "« nous irons jusqu'au bout de cette réforme »", "speaker": {"name": "Jean DUPONT"}}]}
                """);
        assertFalse(ReadingScorer.score(GOLD, swapped, "").quotes().get(0).speakerRight());
    }

    @Test
    void quoteWithWrongSpeakerIsFoundButNotRight() {
        JsonNode produced = Fx.json("""
                {"quotes": [{"text": "aucune décision n’est prise", "speaker": {"name": "Durand"}},
                            {"text": "nous irons jusqu'au bout de cette réforme"}]}
                """);
        ScoreReport r = ReadingScorer.score(GOLD, produced, "");
        assertEquals(2, r.quotesFound());
        assertEquals(0, r.quotesRight());
        assertEquals("", r.quotes().get(0).producedSpeaker());
    }

    @Test
    void entitiesByTextOrAlsoAndType() {
        JsonNode produced = Fx.json("""
                {"entities": [
                   {"text": "M. Dupont", "type": "PERSON", "actor": {"country": "FRA", "sector": "GOV"}},
                   {"text": "Lyon", "type": "LOCATION", "place": {"name": "LYON", "country": "FRA"}},
                   {"text": "Bâle", "type": "LOCATION", "place": {"name": "Bâle-Campagne", "country": "CHE"}},
                   {"text": "Reuters", "type": "PERSON"}]}
                """);
        ScoreReport r = ReadingScorer.score(GOLD, produced, "");
        List<EntityResult> e = r.entities();
        assertTrue(e.get(0).found() && e.get(0).right(), e.get(0).toString());
        assertEquals("M. Dupont", e.get(0).producedText());
        assertTrue(e.get(1).right(), e.get(1).toString());
        assertTrue(e.get(2).found());
        assertTrue(e.get(2).right(), "a place agrees by its country: " + e.get(2));
        assertFalse(e.get(3).found());
        assertEquals("found only as PERSON", e.get(3).detail());
        assertNull(e.get(3).producedText());
        assertEquals(3, r.entitiesFound());
        assertEquals(3, r.entitiesRight());
        assertEquals(4, r.entitiesTotal());
    }

    @Test
    void entityActorAndPlaceMustAgree() {
        JsonNode produced = Fx.json("""
                {"entities": [
                   {"text": "Dupont", "type": "PERSON", "actor": {"country": "FRA", "sector": "OPP"}},
                   {"text": "Jean Dupont", "type": "PERSON"},
                   {"text": "Lyon", "type": "LOCATION", "place": {"country": "FRA"}},
                   {"text": "Bâle", "type": "LOCATION", "place": {"name": "Basel", "country": "DEU"}},
                   {"text": "Reuters", "type": "ORGANIZATION", "actor": {"country": "GBR", "sector": "MED"}}]}
                """);
        List<EntityResult> e = ReadingScorer.score(GOLD, produced, "").entities();
        assertFalse(e.get(0).right());
        assertTrue(e.get(0).detail().contains("want FRA GOV"), e.get(0).detail());
        assertTrue(e.get(1).right(), "a place agrees by country: " + e.get(1));
        // the reference scorer asks nothing more of a gold entity without an actor than to be found
        assertTrue(e.get(2).right(), e.get(2).toString());
        assertTrue(e.get(3).right());
    }
}
