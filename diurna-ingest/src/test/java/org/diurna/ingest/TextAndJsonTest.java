package org.diurna.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diurna.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextAndJsonTest {
    private static final IngestOptions MARCH = new IngestOptions(LocalDate.of(2022, 3, 1), TextInput.DEFAULT_MAX_BYTES);

    @Test void textWithItsSidecar() throws IOException {
        Path txt = Fixtures.path("text/conseil.txt");
        Input in = Fixtures.only(Fixtures.read(MARCH, txt));
        assertEquals("text", in.format());
        Article a = in.article();
        assertEquals(txt.toString(), a.id());
        assertEquals(Files.readString(txt), a.text());
        assertEquals(LocalDate.of(2021, 3, 18), a.published()); // the sidecar's date wins over the default
        assertEquals("Le conseil régional adopte son plan climat", a.title());
        assertEquals("https://ouest-exemple.example/2021/03/18/plan-climat", a.url());
        assertEquals("Ouest Exemple", a.outlet());
    }

    @Test void textWithoutSidecarTakesTheDefaultDate(@TempDir Path dir) throws IOException {
        Path txt = Files.writeString(dir.resolve("note.txt"), "Le ministre a démissionné hier soir.");
        assertEquals(LocalDate.of(2022, 3, 1), Fixtures.only(Fixtures.read(MARCH, txt)).article().published());
        assertNull(Fixtures.only(Fixtures.read(txt)).article().published());
        Files.writeString(dir.resolve("note.json"), "{\"published\": \"le 3 mars\"}");
        Input bad = Fixtures.only(Fixtures.read(txt));
        assertEquals("malformed", bad.problem().code());
        assertTrue(bad.problem().detail().contains("le 3 mars"), bad.problem().detail());
    }

    @Test void badTextsAreProblems(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path latin = Files.write(dir.resolve("latin.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        List<Input> in = Fixtures.read(empty, latin);
        assertEquals("empty", in.get(0).problem().code());
        assertEquals("encoding", in.get(1).problem().code());
        assertEquals(latin.toString(), in.get(1).problem().where());
    }

    @Test void jsonLinesGoOnAfterABadLine() {
        Path file = Fixtures.path("jsonl/articles.jsonl");
        List<Input> in = Fixtures.read(MARCH, file);
        assertEquals(4, in.size(), in::toString);

        Article first = in.get(0).article();
        assertEquals(file + "#1", in.get(0).source());
        assertEquals("jsonl", in.get(0).format());
        assertEquals("Grève reconductible\n\nLes syndicats ont appelé à une grève reconductible à partir du "
                + "5 décembre.", first.text());
        assertEquals(LocalDate.of(2019, 11, 28), first.published());
        assertEquals("https://journal.example/greve", first.url());
        assertEquals("Le Journal d'Exemple", first.outlet());
        assertEquals("fr", first.language());

        assertEquals("malformed", in.get(1).problem().code());
        assertEquals(file + "#2", in.get(1).problem().where());

        Article html = in.get(2).article();
        assertEquals("Vote au Sénat\n\nLe Sénat a adopté mardi le projet de loi par 180 voix contre 120.",
                html.text());
        assertEquals(LocalDate.of(2020, 2, 4), html.published());
        assertEquals("Exemple Info", html.outlet());
        assertEquals("https://journal.example/senat", html.url());
        assertFalse(html.text().contains("Accueil"));

        assertEquals(file + "#5", in.get(3).problem().where()); // line 4 is blank
        assertTrue(in.get(3).problem().detail().contains("\"hier\""));
    }

    @Test void jsonDocumentsHoldOneArticleOrAnArray(@TempDir Path dir) throws IOException {
        Path one = Files.writeString(dir.resolve("one.json"), "{\"text\": \"Un seul article.\"}");
        Path many = Files.writeString(dir.resolve("many.json"),
                "[{\"text\": \"Premier.\", \"published\": \"2020-01-02\"}, {\"title\": \"sans texte\"}]");
        List<Input> in = Fixtures.read(one, many);
        assertEquals(3, in.size());
        assertEquals("Un seul article.", in.get(0).article().text());
        assertEquals(one.toString(), in.get(0).source());
        assertEquals(LocalDate.of(2020, 1, 2), in.get(1).article().published());
        assertEquals(many + "#2", in.get(2).problem().where());
        assertEquals("empty", in.get(2).problem().code());
    }
}
