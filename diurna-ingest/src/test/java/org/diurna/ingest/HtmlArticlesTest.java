package org.diurna.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.diurna.model.Article;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticlesTest {
    @Test void boilerplateIsDroppedAndParagraphsKept() {
        Input in = Fixtures.only(Fixtures.read(Fixtures.path("html/gazette.html")));
        assertTrue(in.ok(), () -> String.valueOf(in.problem()));
        assertEquals("html", in.format());
        Article a = in.article();
        assertEquals("""
                Le conseil municipal de Valbonne vote un budget de transition

                Après trois heures de débat, la majorité a adopté mercredi soir un budget qui gèle les \
                investissements jusqu'au printemps.

                Le maire, Henri Duval, a défendu un texte « prudent » face à la baisse des dotations de l'État, \
                rappelant que la commune avait perdu près de 400 000 euros de recettes en deux ans.

                L'opposition a dénoncé un budget « d'attente » et réclamé le report du vote à janvier. Sa demande \
                a été rejetée par 21 voix contre 8.

                Le conseil se réunira de nouveau le 15 décembre pour examiner le plan local d'urbanisme.""",
                a.text());
        for (String junk : new String[] {"cookies", "Tout accepter", "Politique", "Accueil", "Facebook", "Twitter",
            "e-mail", "Lire aussi", "dotations</a>", "Commentaires", "déception", "Les plus lus", "Mentions",
            "Claire Martin", "Valbonne Budget"}) {
            assertFalse(a.text().contains(junk), junk);
        }
        assertEquals("Le conseil municipal de Valbonne vote un budget de transition", a.title());
        assertEquals(LocalDate.of(2016, 11, 30), a.published());
        assertEquals("La Gazette du Littoral", a.outlet());
        assertEquals("https://gazette-littoral.example/politique/valbonne-budget", a.url());
        assertEquals("fr", a.language());
        assertEquals(Fixtures.path("html/gazette.html").toString(), a.id());
    }

    @Test void jsonLdGivesTheDateAndArticleBodyTheText() {
        Article a = Fixtures.only(Fixtures.read(Fixtures.path("html/courier.html"))).article();
        assertEquals(LocalDate.of(2019, 3, 14), a.published());
        assertEquals("Harbour workers end strike after pay deal", a.title());
        assertEquals("The Northern Courier", a.outlet());
        assertEquals("https://courier.example/news/harbour-strike-ends", a.url());
        assertEquals("en", a.language());
        assertTrue(a.text().startsWith("Harbour workers end strike after pay deal\n\nDock workers at the port of "
                + "Kelmouth returned to work"), a.text());
        assertTrue(a.text().endsWith("\n\n\"Nobody wanted this to go on,\" said Tom Reilly, the union's regional "
                + "secretary."), a.text());
        assertFalse(a.text().contains("Home"));
        assertFalse(a.text().contains("Related"));
        assertFalse(a.text().contains("record high"));
    }

    @Test void dateFromTheUrlWhenThePageHasNone() {
        byte[] page = ("<html><body><div><p>Un texte assez long pour être un article de presse, sans date dans "
                + "ses métadonnées.</p></div></body></html>").getBytes(StandardCharsets.UTF_8);
        Input in = HtmlArticles.read(page, null, "p", "https://x.example/monde/2016/11/30/titre", IngestOptions.defaults());
        assertEquals(LocalDate.of(2016, 11, 30), in.article().published());
        Input other = HtmlArticles.read(page, null, "p", "https://x.example/a-2017-05-04-b", IngestOptions.defaults());
        assertEquals(LocalDate.of(2017, 5, 4), other.article().published());
        Input none = HtmlArticles.read(page, null, "p", null, IngestOptions.defaults());
        assertNull(none.article().published());
        assertNull(none.article().title());
        assertEquals("Un texte assez long pour être un article de presse, sans date dans ses métadonnées.",
                none.article().text());
    }

    @Test void charsets() {
        byte[] latin = "<html><body><p>Un été à Besançon.</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Un été à Besançon.", HtmlArticles.read(latin, null, "l", null, IngestOptions.defaults())
                .article().text());
        assertEquals("Un été à Besançon.", HtmlArticles.read(latin, "ISO-8859-1", "l", null,
                IngestOptions.defaults()).article().text());
        byte[] meta = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Noël</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Noël", HtmlArticles.read(meta, null, "m", null, IngestOptions.defaults()).article().text());
    }

    @Test void pagesWithoutTextAreProblems() {
        Input in = HtmlArticles.read("<html><body><nav><a href='/'>Accueil</a></nav></body></html>"
                .getBytes(StandardCharsets.UTF_8), null, "index.html", null, IngestOptions.defaults());
        assertEquals("empty", in.problem().code());
        assertEquals("index.html", in.problem().where());
    }

    @Test void aTwentyMegabytePageIsRejectedWithoutParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("huge.html");
        byte[] para = "<p>Une phrase qui se répète pour faire une très grande page.</p>\n"
                .getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
            for (long n = 0; n < 20_000_000L; n += para.length) out.write(para);
        }
        Input in = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> Fixtures.only(Fixtures.read(big)));
        assertEquals("too-large", in.problem().code());
        assertTrue(in.problem().detail().contains("--max-bytes"), in.problem().detail());
        assertEquals(big.toString(), in.problem().where());
    }

    @Test void fragmentsBecomeParagraphs() {
        assertEquals("Premier paragraphe.\n\nSecond, avec un lien.\n\nUne ligne\npuis une autre.\n\nAprès un saut.",
                HtmlArticles.text("<p>Premier <b>paragraphe</b>.</p><p>Second, avec <a href='#'>un lien</a>.</p>"
                        + "Une ligne<br>puis une autre.<br><br>Après un saut."));
    }
}
