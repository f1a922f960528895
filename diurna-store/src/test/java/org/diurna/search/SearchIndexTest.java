package org.diurna.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on a real directory: language analysis, filters, updates, persistence. */
class SearchIndexTest {
    @TempDir Path dir;
    private SearchIndex index;

    @BeforeEach void open() {
        index = SearchIndex.open(dir.resolve("lucene"));
        Articles.all().forEach(index::add);
        index.commit();
    }

    @AfterEach void close() {
        index.close();
    }

    private List<String> ids(SearchQuery q) {
        return index.search(q).hits().stream().map(Hit::articleId).toList();
    }

    private List<String> ids(String text) {
        return ids(SearchQuery.of(text));
    }

    @Test void anIndexOpenElsewhereIsInUseNotBroken() {
        // the index of @BeforeEach holds the lock, as a running server would
        var e = assertThrows(org.diurna.store.DatabaseInUseException.class,
                () -> SearchIndex.open(dir.resolve("lucene")));
        assertEquals(dir.resolve("lucene").toAbsolutePath(), e.path());
        assertEquals(List.of("fr-offensive"), ids("armée")); // and the first index still works
    }

    @Test void frenchElisionAndStemming() {
        assertEquals(List.of("fr-offensive"), ids("armée"));
        assertEquals(List.of("fr-offensive"), ids("l’armée")); // typographic apostrophe
        assertEquals(List.of("fr-offensive"), ids("bombardement"));
        assertEquals(List.of("fr-offensive"), ids("village kurde"));
    }

    @Test void englishStemming() {
        assertEquals(List.of("en-truce"), ids("evacuate"));
        assertEquals(List.of("en-troops"), ids("advancing"));
        assertEquals(List.of("en-truce"), ids("resident"));
    }

    @Test void accentsAreFolded() {
        assertEquals(Set.of("fr-offensive", "en-troops"), Set.copyOf(ids("Erdogan")));
        assertEquals(Set.of("fr-offensive", "en-troops"), Set.copyOf(ids("Erdoğan")));
        assertEquals(List.of("fr-offensive"), ids("securiser"));
    }

    @Test void eachLanguageFindsItsOwnArticles() {
        assertEquals(List.of("fr-treve"), ids("Alep cessez-le-feu"));
        assertEquals(List.of("en-truce"), ids("Aleppo ceasefire"));
        // stop words of either language do not stop the other language's articles from matching
        assertEquals(List.of("en-truce"), ids("the ceasefire in Aleppo"));
        assertEquals(List.of("fr-treve"), ids("le cessez-le-feu à Alep"));
    }

    @Test void phrases() {
        assertEquals(List.of("fr-offensive"), ids("\"aviation turque\""));
        assertEquals(List.of(), ids("\"turque aviation\""));
        assertEquals(List.of("en-troops"), ids("\"Turkish troops\""));
    }

    @Test void operatorsAndPastedText() {
        assertEquals(Set.of("fr-treve", "en-truce"), Set.copyOf(ids("Alep OR Aleppo")));
        assertEquals(List.of("en-truce"), ids("Aleppo -Alep"));
        assertEquals(List.of("fr-treve"), ids("Alep : cessez-le-feu")); // a colon is not field syntax
        assertEquals(List.of("fr-offensive"), ids("bombard*"));
        assertEquals(List.of("en-truce"), ids("/Aleppo/")); // slashes are not a regular expression
    }

    @Test void malformedQueriesFallBackToTheirWords() {
        for (String bad : List.of("AND (", "\"Alep cessez", "Alep)", "Alep^^", "[Alep TO", "~", "\\", "*", "/", "\"")) {
            assertDoesNotThrow(() -> index.search(SearchQuery.of(bad)), bad);
        }
        assertEquals(List.of("fr-treve"), ids("\"Alep cessez"));
        assertEquals(List.of("fr-treve"), ids("(Alep AND"));
        assertEquals(List.of(), ids("AND ("));
    }

    @Test void queriesOfOnlyStopWordsFindNothing() {
        assertEquals(0, index.search(SearchQuery.of("the le")).total());
    }

    @Test void dateRange() {
        var q = SearchQuery.of("Alep OR Aleppo");
        assertEquals(List.of("en-truce"), ids(q.between(LocalDate.of(2016, 12, 16), null)));
        assertEquals(List.of("fr-treve"), ids(q.between(null, LocalDate.of(2016, 12, 15))));
        assertEquals(2, ids(q.between(LocalDate.of(2016, 12, 15), LocalDate.of(2016, 12, 16))).size());
        assertEquals(List.of(), ids(q.between(LocalDate.of(2017, 1, 1), null)));
        // without text: every article in the range, newest first
        var recent = SearchQuery.of(null).between(LocalDate.of(2019, 1, 1), null);
        assertEquals(List.of("en-troops", "fr-offensive"), ids(recent));
    }

    @Test void actorFilter() {
        var all = SearchQuery.of("");
        assertEquals(Set.of("fr-offensive", "en-truce", "en-troops"), Set.copyOf(ids(all.withActor("TUR"))));
        assertEquals(Set.of("fr-offensive", "en-truce"), Set.copyOf(ids(all.withActor("TUR GOV"))));
        assertEquals(Set.of("fr-offensive", "en-truce"), Set.copyOf(ids(all.withActor("turgov"))));
        assertEquals(Set.of("fr-offensive", "en-troops"), Set.copyOf(ids(all.withActor("TURMIL"))));
        assertEquals(Set.of("fr-treve", "en-truce"), Set.copyOf(ids(all.withActor("RUS"))));
        assertEquals(List.of("en-truce"), ids(SearchQuery.of("ceasefire").withActor("TUR")));
        assertEquals(List.of(), ids(all.withActor("USA")));
    }

    @Test void languageFilter() {
        assertEquals(Set.of("fr-offensive", "fr-treve"), Set.copyOf(ids(SearchQuery.of(null).inLanguage("fr"))));
        assertEquals(List.of("en-troops"), ids(SearchQuery.of("Erdogan").inLanguage("EN")));
    }

    @Test void duplicatesAreExcludedUnlessAsked() {
        index.add(new IndexedArticle("fr-treve-copy", "fr", "Cessez-le-feu à Alep", Articles.TRUCE_FR.text(),
                LocalDate.of(2016, 12, 15), "Le Monde", null, List.of(), true));
        index.commit();
        assertEquals(List.of("fr-treve"), ids("Alep"));
        assertEquals(Set.of("fr-treve", "fr-treve-copy"), Set.copyOf(ids(SearchQuery.of("Alep").withDuplicates(true))));
        assertEquals(5, index.count());
    }

    @Test void addingTwiceKeepsOneDocument() {
        var changed = new IndexedArticle(Articles.TRUCE_EN.articleId(), "en", "Truce collapses in Aleppo",
                "Shelling resumed.", LocalDate.of(2016, 12, 17), "Reuters", null, List.of(), false);
        index.add(Articles.TRUCE_EN);
        index.add(changed);
        index.commit();
        assertEquals(4, index.count());
        List<Hit> hits = index.search(SearchQuery.of("Aleppo")).hits();
        assertEquals(1, hits.size());
        assertEquals("Truce collapses in Aleppo", hits.get(0).title());
        assertEquals(List.of(), ids("ceasefire"));
    }

    @Test void reopeningKeepsCommittedDocuments() {
        index.close();
        index = SearchIndex.open(dir.resolve("lucene"));
        assertEquals(4, index.count());
        assertEquals(Set.of("fr-offensive", "fr-treve", "en-truce", "en-troops"), index.ids());
        Hit hit = index.search(SearchQuery.of("Tal Abyad")).hits().get(0);
        assertEquals("fr-offensive", hit.articleId());
        assertEquals(LocalDate.of(2019, 10, 9), hit.published());
        assertEquals("AFP", hit.outlet());
        assertEquals("https://example.org/fr/offensive", hit.url());
    }

    @Test void closingCommits() {
        index.add(Articles.en("late", "Late news", "Filed after the last commit."));
        index.close();
        index = SearchIndex.open(dir.resolve("lucene"));
        assertTrue(index.ids().contains("late"));
    }

    @Test void searchesSeeCommitsIdsSeeEverything() {
        index.add(Articles.en("new", "Fresh dispatch", "Nothing to report."));
        assertTrue(index.ids().contains("new"));
        assertEquals(5, index.count());
        index.commit();
        assertEquals(List.of("new"), ids("dispatch"));
    }

    @Test void delete() {
        index.delete("fr-treve");
        index.delete("never-indexed");
        index.commit();
        assertEquals(List.of(), ids("Alep"));
        assertEquals(3, index.count());
        assertFalse(index.ids().contains("fr-treve"));
    }

    @Test void titleAndRepeatedTermRankFirst() {
        index.add(Articles.en("once-a", "Border report", "A drone was seen near the border on Monday."));
        index.add(Articles.en("best", "Drone strike", "A drone hit a convoy; a second drone followed."));
        index.add(Articles.en("once-b", "Weather", "Clouds, and one drone spotted by farmers."));
        index.commit();
        List<Hit> hits = index.search(SearchQuery.of("drone")).hits();
        assertEquals(3, hits.size());
        assertEquals("best", hits.get(0).articleId());
        assertTrue(hits.get(0).score() > hits.get(1).score());
    }

    @Test void paging() {
        var q = SearchQuery.of("Syria OR Syrie OR Aleppo OR Alep");
        SearchResult first = index.search(q.page(2, 0));
        SearchResult second = index.search(q.page(2, 2));
        assertEquals(4, first.total());
        assertEquals(4, second.total());
        assertEquals(2, first.hits().size());
        assertEquals(2, second.hits().size());
        assertTrue(first.hits().get(1).score() >= second.hits().get(0).score());
        assertEquals(List.of(), index.search(q.page(2, 10)).hits());
        assertEquals(4, index.search(q.page(0, 0)).total());
        assertThrows(IllegalArgumentException.class, () -> q.page(-1, 0));
    }

    @Test void snippetsMarkTheMatchedWords() {
        Hit hit = index.search(SearchQuery.of("bombardement Erdogan")).hits().get(0);
        assertTrue(hit.snippet().contains("«bombardements»"), hit.snippet());
        assertTrue(hit.snippet().contains("«Erdoğan»"), hit.snippet());
        Hit en = index.search(SearchQuery.of("evacuate")).hits().get(0);
        assertTrue(en.snippet().contains("«evacuated»"), en.snippet());
    }

    @Test void otherLanguagesAreSearchedToo() {
        index.add(new IndexedArticle("de", "de", "Waffenruhe in Aleppo", "Die Waffenruhe hält.", null, null, null,
                List.of(), false));
        index.commit();
        assertEquals(List.of("de"), ids("Waffenruhe"));
        assertEquals(Set.of("de", "en-truce"), Set.copyOf(ids("Aleppo")));
        assertEquals(List.of(), ids(SearchQuery.of("Waffenruhe").between(LocalDate.of(2000, 1, 1), null)));
    }
}
