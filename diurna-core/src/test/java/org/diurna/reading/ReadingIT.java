package org.diurna.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.diurna.Diurna;
import org.diurna.Shared;
import org.diurna.model.Article;
import org.diurna.model.Event;
import org.diurna.model.Mention;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole reading of the reference dispatch with the real models: structure, offsets, evidence. */
class ReadingIT {
    static String text;
    static Document doc;
    static JsonNode json;

    @BeforeAll static void read() throws Exception {
        text = Files.readString(Shared.file(Shared.REFERENCE_TEXT));
        doc = Diurna.read(new Article("ref", text, LocalDate.parse("2016-11-30"), null, null, null, null));
        json = ReadingJson.of(doc);
    }

    @Test void everyOffsetPointsIntoTheOriginalText() {
        for (JsonNode e : json.get("entities")) {
            assertEquals(e.get("text").asText(), text.substring(e.get("start").asInt(), e.get("end").asInt()));
        }
        for (JsonNode q : json.get("quotes")) {
            assertEquals(q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
        }
        for (JsonNode ev : json.get("events")) {
            JsonNode s = ev.get("evidence");
            assertEquals(s.get("text").asText(), text.substring(s.get("start").asInt(), s.get("end").asInt()));
        }
    }

    @Test void creditAndBoilerplateStayOutOfEvents() {
        assertEquals("AFP", json.at("/document/credit").asText());
        assertEquals("fr", json.at("/document/language").asText());
        assertEquals(2, json.at("/document/boilerplate").size());
        for (Event e : doc.get(Layers.EVENTS)) {
            for (var p : new org.diurna.model.Participant[] {e.source(), e.target()}) {
                assertTrue(p == null || !p.name().contains("France-Presse") && !p.name().equals("AFP"), e.toString());
            }
            assertFalse(doc.get(Layers.PREPARED).inBoilerplate(e.evidence().start()));
        }
    }

    @Test void theDictionaryWinsOverTheNer() {
        Mention anadolu = doc.get(Layers.MENTIONS).stream()
                .filter(m -> text.substring(m.start(), m.end()).equals("Anadolu")).findFirst().orElseThrow();
        assertEquals("ORGANIZATION", anadolu.type());
        assertEquals("MED", anadolu.actor().sector());
        Mention kremlin = doc.get(Layers.MENTIONS).stream()
                .filter(m -> text.substring(m.start(), m.end()).equals("Kremlin")).findFirst().orElseThrow();
        assertEquals("ORGANIZATION", kremlin.type());
        assertEquals("RUS", kremlin.actor().country());
    }

    @Test void theCallToldFourTimesIsOneEventWithItsMentions() {
        List<Event> calls = doc.get(Layers.EVENTS).stream().filter(e -> e.plover().equals("CONSULT")
                && e.source() != null && e.target() != null && e.source().country().equals("TUR")
                && e.target().country().equals("RUS")).toList();
        assertEquals(1, calls.size(), calls.toString());
        assertTrue(calls.get(0).mentions().size() >= 4, calls.get(0).mentions().toString());
        assertEquals("phone", calls.get(0).mode());
        assertTrue(calls.get(0).attributedTo().contains("Anadolu"), calls.get(0).attributedTo().toString());
    }

    @Test void withoutAPublicationDateRelativeDatesStayUnresolved() {
        Document d = Diurna.read(new Article("ref", text, null, null, null, null, null));
        JsonNode j = ReadingJson.of(d);
        assertTrue(j.at("/document/published_note").asText().contains("unresolved"));
        for (Event e : d.get(Layers.EVENTS)) {
            assertTrue(e.date() == null || !e.date().startsWith("2026"), "guessed today's date: " + e);
        }
    }

    @Test void aSampleDispatchOfOurOwnReadsToo() throws Exception {
        var dir = java.nio.file.Path.of(System.getProperty("diurna.examples", "../examples"));
        var f = dir.resolve("2019-10-09-syrie-offensive.fr.txt");
        assertTrue(Files.isRegularFile(f), "examples/ not found from " + dir);
        Document d = Diurna.read(new Article("ex", Files.readString(f), LocalDate.parse("2019-10-09"), null, null,
                null, null));
        assertFalse(d.rejected());
        assertTrue(d.get(Layers.EVENTS).size() >= 3, d.get(Layers.EVENTS).toString());
    }
}
