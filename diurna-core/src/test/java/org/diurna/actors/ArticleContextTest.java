package org.diurna.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.diurna.actors.internal.Titles;
import org.diurna.model.Actor;
import org.diurna.model.Mention;
import org.diurna.model.Place;
import org.junit.jupiter.api.Test;

/** The country an article is most about ({@link Titles#dominantCountry}): places and coded actors, weighed. */
class ArticleContextTest {
    private static Mention place(String name, String iso) {
        return new Mention(0, 1, name, "LOCATION", null, new Place(name, iso, "city", null, null), null, "gazetteer");
    }

    private static Mention person(String id, String iso) {
        return new Mention(0, 1, id, "PERSON", new Actor(id, id, iso, "GOV", null), null, null, "dictionary");
    }

    private static Mention role(String word, String iso) {
        return new Mention(0, 1, word, "GROUP", new Actor(null, word, iso, "COP", "police"), null, null, "role");
    }

    @Test void oneForeignPlaceDoesNotOutweighAStoryToldThroughItsActors() {
        // "le porte-parole de la Maison Blanche … comme en Irak"
        List<Mention> ms = new ArrayList<>();
        for (int i = 0; i < 5; i++) ms.add(person("person:spicer", "USA"));
        ms.add(place("Baghdad", "IRQ"));
        assertEquals("USA", Titles.dominantCountry(ms));
    }

    @Test void placesCountMoreThanActors() {
        List<Mention> ms = List.of(person("person:puigdemont", "ESP"), person("person:rajoy", "ESP"),
                place("Kiel", "DEU"));
        assertEquals("DEU", Titles.dominantCountry(ms));
    }

    @Test void roleNounsCodedFromTheContextDoNotVoteForIt() {
        // "la police", "le juge" were given the context's country: counting them would only repeat the guess
        List<Mention> ms = List.of(place("Kiel", "DEU"), role("police", "ESP"), role("juge", "ESP"),
                role("procureur", "ESP"), role("ministres", "ESP"));
        assertEquals("DEU", Titles.dominantCountry(ms));
    }

    @Test void withoutPlacesOrCodedActorsTheActorsCountryIsTaken() {
        assertEquals("SRB", Titles.dominantCountry(List.of(role("opposants serbes", "SRB"))));
        assertNull(Titles.dominantCountry(List.of()));
    }
}
