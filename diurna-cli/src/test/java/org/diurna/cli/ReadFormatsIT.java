package org.diurna.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.diurna.ingest.IngestOptions;
import org.diurna.ingest.Input;
import org.diurna.ingest.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diurna read} sees every input as {@code diurna ingest} does: pages, archives, JSON lines, gzip, stdin. */
class ReadFormatsIT {
    static final String ONE = "Le président français a rencontré mardi à Paris le chancelier allemand. Les deux "
            + "dirigeants ont convenu de renforcer leur coopération.";
    static final String TWO = "Le ministre de l'Intérieur a démissionné lundi, a annoncé l'Élysée dans un "
            + "communiqué.";

    static String page(String title, String paragraph) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><title>" + title + "</title></head><body><nav><a href=\"/\">"
                + "Accueil</a> <a href=\"/monde\">Monde</a></nav><article><h1>" + title + "</h1><p>" + paragraph
                + "</p></article><footer>Mentions légales</footer></body></html>";
    }

    /** A WARC response record, as a crawler writes it. */
    static String record(int n, String html) {
        int body = html.getBytes(StandardCharsets.UTF_8).length;
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body
                + "\r\n\r\n" + html;
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000" + n
                + ">\r\nWARC-Date: 2020-01-01T00:00:00Z\r\nWARC-Target-URI: https://quotidien.example/" + n
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
                + http.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + http + "\r\n\r\n";
    }

    static List<JsonNode> documents(String out) throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        var it = new ObjectMapper().readerFor(JsonNode.class).readValues(out);
        while (it.hasNext()) docs.add(((JsonNode) it.next()).get("document"));
        return docs;
    }

    /** What ingest makes of the same files: the articles read, in order. */
    static List<Input> ingested(Path... files) {
        try (Stream<Input> s = Sources.open(Stream.of(files).map(Path::toString).toList(), IngestOptions.defaults())) {
            return s.toList();
        }
    }

    @Test void pagesArchivesAndJsonLinesAreReadAsIngestReadsThem(@TempDir Path dir) throws Exception {
        Path html = Files.writeString(dir.resolve("sommet.html"), page("Sommet franco-allemand", ONE));
        Path warc = Files.writeString(dir.resolve("crawl.warc"), record(1, page("Sommet à Paris", ONE))
                + record(2, page("Démission", TWO)));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(("{\"title\":\"Un\",\"text\":\"" + ONE + "\"}\n{\"title\":\"Deux\",\"text\":\"" + TWO
                    + "\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        Path jsonl = Files.write(dir.resolve("fil.jsonl.gz"), gz.toByteArray());

        CliIT.Run r = CliIT.run(null, "read", "--json", html.toString(), warc.toString(), jsonl.toString());
        assertEquals(0, r.code(), r.err());
        List<JsonNode> docs = documents(r.out());
        List<Input> expected = ingested(html, warc, jsonl);
        assertEquals(5, expected.size(), expected::toString);
        assertEquals(expected.size(), docs.size(), r.out());
        List<String> ids = List.of("sommet.html", "crawl.warc#1", "crawl.warc#2", "fil.jsonl.gz#1", "fil.jsonl.gz#2");
        for (int i = 0; i < docs.size(); i++) {
            assertEquals(ids.get(i), docs.get(i).get("id").asText());
            assertEquals(expected.get(i).article().title(), docs.get(i).get("title").asText(), r.out());
        }
        // the page's text is its article: no markup, no navigation read as words
        assertFalse(r.out().contains("<p>") || r.out().contains("Accueil") || r.out().contains("WARC"), r.out());
        assertTrue(r.out().contains("CONSULT"), r.out());
    }

    @Test void standardInputIsToldByItsFirstBytes(@TempDir Path dir) throws Exception {
        CliIT.Run warc = CliIT.run(record(1, page("Sommet à Paris", ONE)) + record(2, page("Démission", TWO)),
                "read", "--json", "-");
        assertEquals(0, warc.code(), warc.err());
        List<JsonNode> docs = documents(warc.out());
        assertEquals(List.of("stdin#1", "stdin#2"), docs.stream().map(d -> d.get("id").asText()).toList());
        assertEquals("Démission", docs.get(1).get("title").asText());
        CliIT.Run text = CliIT.run(ONE, "read", "--json", "-");
        assertEquals("stdin", documents(text.out()).get(0).get("id").asText(), text.err());
    }

    @Test void aHostileTitleIsPrintedEscaped(@TempDir Path dir) throws Exception {
        Path html = Files.writeString(dir.resolve("titre.html"), page("Sommet\u001b]0;pwned\u0007 à "
                + "\u202EsiraP", ONE));
        CliIT.Run r = CliIT.run(null, "read", html.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Sommet\\x1b]0;pwned\\x07 à \\u202esiraP", r.out().lines().findFirst().orElse(""), r.out());
        assertFalse(r.out().contains("\u001b") || r.out().contains("\u202E"), r.out());
    }
}
