package org.diurna.search;

import java.time.LocalDate;
import java.util.List;

/** Short articles written for these tests, in French and English. */
final class Articles {
    private Articles() {}

    static final IndexedArticle OFFENSIVE_FR = new IndexedArticle("fr-offensive", "fr",
            "L'armée turque lance son offensive dans le nord de la Syrie",
            "Les bombardements de l'aviation turque ont visé mercredi plusieurs villages kurdes près de Tal Abyad. "
                    + "Le président Recep Tayyip Erdoğan a défendu une opération destinée selon lui à sécuriser "
                    + "la frontière.",
            LocalDate.of(2019, 10, 9), "AFP", "https://example.org/fr/offensive", List.of("TURGOV", "TURMIL"), false);

    static final IndexedArticle TRUCE_FR = new IndexedArticle("fr-treve", "fr",
            "Cessez-le-feu à Alep",
            "Un cessez-le-feu est entré en vigueur jeudi soir à Alep, selon une ONG. Les habitants des quartiers "
                    + "est restent prudents après des semaines de combats.",
            LocalDate.of(2016, 12, 15), "AFP", "https://example.org/fr/alep", List.of("SYR GOV", "RUS GOV"), false);

    static final IndexedArticle TRUCE_EN = new IndexedArticle("en-truce", "en",
            "Ceasefire holds in Aleppo",
            "A ceasefire brokered by Russia and Turkey held overnight in Aleppo, residents said. Fighters and "
                    + "civilians were evacuated from the eastern districts.",
            LocalDate.of(2016, 12, 16), "Reuters", "https://example.org/en/aleppo", List.of("RUSGOV", "TURGOV"),
            false);

    static final IndexedArticle TROOPS_EN = new IndexedArticle("en-troops", "en",
            "Turkish troops advance into Syria",
            "Turkish troops advanced into northern Syria on Thursday as President Erdogan vowed to press on "
                    + "with the operation.",
            LocalDate.of(2019, 10, 10), "AP", null, List.of("TUR MIL"), false);

    static List<IndexedArticle> all() {
        return List.of(OFFENSIVE_FR, TRUCE_FR, TRUCE_EN, TROOPS_EN);
    }

    static IndexedArticle en(String id, String title, String text) {
        return new IndexedArticle(id, "en", title, text, LocalDate.of(2020, 1, 1), null, null, List.of(), false);
    }

    static IndexedArticle fr(String id, String title, String text) {
        return new IndexedArticle(id, "fr", title, text, LocalDate.of(2020, 1, 1), null, null, List.of(), false);
    }
}
