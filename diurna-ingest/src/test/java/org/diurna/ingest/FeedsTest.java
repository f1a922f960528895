package org.diurna.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diurna.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsTest {
    @Test void rssItemsWithALocalPageForATeaser() {
        Path feed = Fixtures.path("feeds/courrier.xml");
        List<Input> in = Fixtures.read(feed);
        assertEquals(3, in.size(), in::toString);
        assertTrue(in.stream().allMatch(i -> i.format().equals("feed")));

        Article flood = in.get(0).article();
        assertEquals(feed + "#1", flood.id());
        assertEquals("Inondations : la préfecture déclenche l'alerte rouge\n\nLa préfecture a placé lundi matin "
                + "trois cantons en vigilance rouge après des pluies continues depuis samedi.\n\nLes écoles "
                + "resteront fermées jusqu'à mercredi.", flood.text());
        assertEquals(LocalDate.of(2018, 1, 22), flood.published());
        assertEquals("Le Courrier de la Vallée", flood.outlet());
        assertEquals("https://courrier-vallee.example/inondations", flood.url());
        assertEquals("fr", flood.language());

        Article mayor = in.get(1).article(); // the description is a teaser: the linked page is read
        assertEquals("Le maire annonce sa candidature\n\nLe maire sortant, Paul Girard, a annoncé mardi soir qu'il "
                + "briguerait un troisième mandat lors des élections municipales de mars.\n\nIl a promis de "
                + "poursuivre la rénovation du centre-ville et de créer une seconde crèche.", mayor.text());
        assertEquals(LocalDate.of(2018, 1, 23), mayor.published());
        assertEquals("https://courrier-vallee.example/candidature", mayor.url());
        assertEquals("Le Courrier de la Vallée", mayor.outlet());

        assertEquals("empty", in.get(2).problem().code());
        assertTrue(in.get(2).problem().detail().contains("https://courrier-vallee.example/lien-seul"));
    }

    @Test void atomEntries() {
        List<Input> in = Fixtures.read(Fixtures.path("feeds/riverside.atom"));
        assertEquals(2, in.size());
        Article bridge = in.get(0).article();
        assertEquals("Council approves new bridge\n\nThe city council approved on Tuesday the construction of a "
                + "second bridge over the river.\n\nWork is expected to start next spring.", bridge.text());
        assertEquals(LocalDate.of(2021, 6, 2), bridge.published()); // published, not updated
        assertEquals("https://riverside.example/news/bridge", bridge.url());
        assertEquals("Riverside Daily", bridge.outlet());
        assertEquals("en", bridge.language());
        Article meeting = in.get(1).article();
        assertEquals("Mayor & deputies meet residents", meeting.title());
        assertEquals(LocalDate.of(2021, 6, 4), meeting.published());
        assertEquals("Mayor & deputies meet residents\n\nThe mayor and her deputies answered questions from about "
                + "two hundred residents on Thursday evening.", meeting.text());
    }

    @Test void atomEntryLinkingAFileUrl(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("page one.html"), "<html><head><title>Visite officielle"
                + "</title></head><body><header>Site</header><div class=\"content\"><p>Le président est arrivé "
                + "lundi à Dakar pour une visite de trois jours.</p></div></body></html>");
        Path feed = Files.writeString(dir.resolve("feed.atom"), "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Local</title><entry><title>Visite officielle</title><link href=\"" + page.toUri()
                + "\"/><published>2022-05-09</published><summary>Court.</summary></entry></feed>");
        Article a = Fixtures.only(Fixtures.read(feed)).article();
        assertEquals("Visite officielle\n\nLe président est arrivé lundi à Dakar pour une visite de trois jours.",
                a.text());
        assertEquals(LocalDate.of(2022, 5, 9), a.published());
        assertEquals("Local", a.outlet());
        assertNull(a.url());
        assertFalse(a.text().contains("Site"));
    }

    @Test void xmlThatIsNotAFeed(@TempDir Path dir) throws IOException {
        Path xml = Files.writeString(dir.resolve("sitemap.xml"), "<?xml version=\"1.0\"?><urlset><url><loc>"
                + "https://x.example/</loc></url></urlset>");
        Input in = Fixtures.only(Fixtures.read(xml));
        assertEquals("unsupported-format", in.problem().code());
        assertTrue(in.problem().detail().contains("not an RSS or Atom feed"), in.problem().detail());
    }

    @Test void feedSniffedWithoutItsExtension(@TempDir Path dir) throws IOException {
        Path feed = Files.writeString(dir.resolve("news"), "<?xml version=\"1.0\"?>\n<!-- exported -->\n"
                + "<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><description>Le texte "
                + "de l'article.</description></item></channel></rss>");
        Input in = Fixtures.only(Fixtures.read(feed));
        assertEquals("feed", in.format());
        assertEquals("A\n\nLe texte de l'article.", in.article().text());
    }
}
