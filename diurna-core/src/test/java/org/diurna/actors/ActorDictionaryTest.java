package org.diurna.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.diurna.model.Actor;
import org.junit.jupiter.api.Test;

/** The shipped actor dictionary: loads, and says what an analyst would. */
class ActorDictionaryTest {
    private final ActorDictionary d = ActorDictionary.shared();

    private Actor on(String name, String date) {
        var es = d.lookup(name);
        assertFalse(es.isEmpty(), name + " is not in the dictionary");
        return ActorDictionary.resolve(es, LocalDate.parse(date));
    }

    @Test void officeDependsOnTheDate() {
        assertEquals("head of state", on("Erdogan", "2016-11-30").role());
        assertEquals("head of government", on("Erdogan", "2010-01-01").role());
        assertEquals("TUR", on("Recep Tayyip Erdogan", "2016-11-30").country());
        assertEquals("foreign minister", on("Sergueï Lavrov", "2016-11-30").role());
        assertEquals("RUS", on("Poutine", "2016-11-30").country());
    }

    @Test void dictionaryOverridesNerTypes() {
        Actor anadolu = on("Anadolu", "2016-11-30");
        assertEquals("MED", anadolu.sector());
        assertEquals("TUR", anadolu.country());
        Actor kremlin = on("Kremlin", "2016-11-30");
        assertEquals("RUS", kremlin.country());
        assertEquals("GOV", kremlin.sector());
    }

    @Test void capitalsAndSeatsAreGovernments() {
        for (String seat : new String[] {"Ankara", "Moscou", "Washington", "Maison Blanche", "Élysée", "Pékin"}) {
            Actor a = on(seat, "2020-01-01");
            assertEquals("GOV", a.sector(), seat);
        }
        assertEquals("USA", on("Maison-Blanche", "2020-01-01").country());
    }

    @Test void demonymsOfEveryGenderAndNumber() {
        for (String w : new String[] {"turc", "turque", "turcs", "turques"}) assertEquals("TUR", d.demonym(w), w);
        assertEquals("RUS", d.demonym("russe"));
        assertEquals("SYR", d.demonym("syrienne"));
        assertEquals("FRA", d.demonym("françaises"));
    }

    @Test void everyUnMemberIsThere() {
        int n = 0;
        for (String iso : new String[] {"FRA", "USA", "CHN", "RUS", "GBR", "MLI", "SDN", "UKR", "IRN", "ISR", "PSE",
                "TUV", "NRU", "BTN"}) {
            assertNotNull(d.country(iso), iso);
            n++;
        }
        assertEquals(14, n);
        assertTrue(d.lookup("États-Unis").size() > 0);
    }

    @Test void acronymsOnlyInCapitals() {
        assertTrue(d.lookup("us").isEmpty());
        assertFalse(d.lookup("US").isEmpty());
    }

    @Test void rolePatternsNeedAKnownSector() {
        for (String lang : new String[] {"fr", "en"}) {
            assertFalse(d.roles(lang).isEmpty(), lang);
            for (RolePattern p : d.roles(lang)) {
                // an actor the text does not identify ("des hommes armés") has no sector, and no country from context
                assertTrue(p.sector() == null ? !p.contextCountry() : p.sector().matches("[A-Z]{3}"), p.toString());
                assertFalse(p.tokens().get(0).matches("le|la|les|l'|the"), "pattern starts with an article: " + p);
            }
        }
        assertTrue(d.isPersonRole("head of state"));
        assertFalse(d.isPersonRole("air force"));
    }
}
