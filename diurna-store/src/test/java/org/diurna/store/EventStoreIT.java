package org.diurna.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.diurna.model.Article;
import org.diurna.model.Event;
import org.diurna.model.Problem;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real DuckDB file: what an article leaves in the tables, clustering, idempotence, atomicity. */
class EventStoreIT {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir Path dir;

    static StoredArticle original(Document d) {
        return StoredArticle.of(d.article().id(), "in/" + d.article().id(), d, new byte[] {1, 2, 3});
    }

    static StoredArticle copyOf(Document d, String original) {
        return new StoredArticle(d.article().id(), "in/" + d.article().id(), d.article(), d, original, 0.93,
                new byte[] {4});
    }

    /** A, and three more tellings of its call: B (Putin first, month date), C (no place), D (a copy of A). */
    static List<StoredArticle> fourTellings() {
        Document a = Fixtures.articleA();
        Document d = Document.of(new Article("D", a.text(), a.article().published(), null,
                "https://yahoo.example/d", "Yahoo", "fr")).with(Layers.EVENTS, List.of(a.get(Layers.EVENTS).get(0)));
        return List.of(original(a), original(Fixtures.call("B", "Reuters", "2016-11", Fixtures.SYRIA, true)),
                original(Fixtures.call("C", "Le Monde", "2016-11-29", null, false)), copyOf(d, "A"));
    }

    @Test void storesTheReadingOfAnArticle() {
        try (EventStore s = EventStore.open(dir, CLOCK)) {
            assertTrue(s.addArticle(original(Fixtures.articleA())));
            Map<String, Long> n = s.counts();
            assertEquals(1L, n.get("articles"));
            assertEquals(2L, n.get("events"));
            assertEquals(2L, n.get("mentions"));
            assertEquals(3L, n.get("entities"), "the pronoun is not an entity");
            assertEquals(2L, n.get("actors"));
            assertEquals(1L, n.get("quotes"));
            assertEquals(1L, n.get("figures"));
            EventRow call = s.events(EventQuery.all().plover("CONSULT")).get(0);
            assertEquals("TUR", call.source().country());
            assertEquals("RUS", call.target().country());
            assertEquals(1.0, call.goldstein());
            assertEquals(1, call.quadClass());
            assertEquals("2016-11-29", call.day().toString());
            assertEquals("Aleppo", call.place().name());
            assertEquals(List.of("AFP"), call.outlets());
            assertEquals(List.of("Anadolu"), call.sources());
            assertTrue(call.lead(), "told in the first paragraph");
            assertFalse(s.events(EventQuery.all().plover("ASSAULT")).get(0).lead());
            EventDetail d = s.event(call.eventId()).orElseThrow();
            EventMention m = d.mentions().get(0);
            assertEquals(Fixtures.TEXT_A.substring(m.start(), m.end()), m.evidence());
            assertEquals("https://afp.example/a", m.url());
            assertEquals("e1", m.localId());
        }
    }

    @Test void oneEventToldByFourArticlesIsOneRow() {
        try (EventStore s = EventStore.open(dir, CLOCK)) {
            fourTellings().forEach(s::addArticle);
            List<EventRow> calls = s.events(EventQuery.all().plover("CONSULT"));
            assertEquals(1, calls.size(), calls.toString());
            EventRow call = calls.get(0);
            assertEquals(4, call.numMentions());
            assertEquals(4, call.numArticles());
            assertEquals(4, call.numSources());
            assertEquals(List.of("AFP", "Le Monde", "Reuters", "Yahoo"), call.outlets());
            assertEquals("2016-11-29", call.date(), "the finer date wins");
            assertEquals("Aleppo", call.place().name(), "the city is kept over the country");
            assertEquals(4, s.event(call.eventId()).orElseThrow().mentions().size());
            Map<String, Long> n = s.counts();
            assertEquals(4L, n.get("articles"));
            assertEquals(3L, n.get("entities"), "the copy's entities are not stored again");
            assertEquals(1L, n.get("quotes"));
        }
    }

    @Test void reAddingChangesNothing() throws Exception {
        try (EventStore s = EventStore.open(dir, CLOCK)) {
            fourTellings().forEach(s::addArticle);
        }
        Map<String, List<String>> before = Snapshot.of(dir, true);
        assertEquals(2, before.get("events").size());
        assertEquals(5, before.get("mentions").size());
        try (EventStore s = EventStore.open(dir, Clock.offset(CLOCK, java.time.Duration.ofHours(5)))) {
            for (StoredArticle a : fourTellings()) assertFalse(s.addArticle(a));
            assertTrue(s.hasArticle("D"));
            assertEquals(5, s.nextSeq());
        }
        assertEquals(before, Snapshot.of(dir, true));
    }

    @Test void sameOrderSameDatabase() throws Exception {
        Path other = dir.resolve("other");
        for (Path p : List.of(dir.resolve("one"), other)) {
            try (EventStore s = EventStore.open(p, CLOCK)) {
                fourTellings().forEach(s::addArticle);
            }
        }
        assertEquals(Snapshot.of(dir.resolve("one"), true), Snapshot.of(other, true));
    }

    @Test void aFailureMidwayLeavesNoRow() throws Exception {
        Document a = Fixtures.articleA();
        Event good = a.get(Layers.EVENTS).get(0);
        Event broken = new Event("e9", null, null, null, null, null, false, null, null, null, null, List.of(), null,
                null, List.of(), null);
        Document bad = a.with(Layers.EVENTS, List.of(good, broken));
        try (EventStore s = EventStore.open(dir, CLOCK)) {
            s.addArticle(original(Fixtures.call("B", "Reuters", "2016-11", null, true)));
            Map<String, Long> before = s.counts();
            // The article row, entities, quotes, figures and the first event are written before the broken event.
            assertThrows(RuntimeException.class, () -> s.addArticle(original(bad)));
            assertEquals(before, s.counts());
            assertFalse(s.hasArticle("A"));
            assertEquals(1, s.events(EventQuery.all()).get(0).numMentions());
            assertTrue(s.addArticle(original(a)), "the connection is usable after the rollback");
        }
    }

    @Test void aCopysEventThatNoOriginalToldIsDropped() {
        Document a = Fixtures.articleA();
        Document e = Document.of(new Article("E", a.text(), null, null, null, "Yahoo", "fr"))
                .with(Layers.EVENTS, List.of(Fixtures.event("e1", "THREATEN", null, "13",
                        Fixtures.part(Fixtures.ERDOGAN, a.text(), "Recep Tayyip Erdogan"), null, false, null, null,
                        null, "asserted", List.of(), a.text(), "tourner la page")));
        try (EventStore s = EventStore.open(dir, CLOCK)) {
            s.addArticle(original(a));
            assertTrue(s.addArticle(copyOf(e, "A")));
            Map<String, Long> n = s.counts();
            assertEquals(2L, n.get("articles"));
            assertEquals(2L, n.get("events"));
            assertEquals(2L, n.get("mentions"));
            assertEquals("A", s.event(s.events(EventQuery.all()).get(0).eventId()).orElseThrow()
                    .mentions().get(0).articleId());
            assertTrue(s.events(EventQuery.all().plover("THREATEN")).isEmpty());
        }
    }

    @Test void problemsAreRecordedOnce() {
        try (EventStore s = EventStore.open(dir, CLOCK)) {
            Problem p = new Problem("encoding", "in/x.txt", "not valid UTF-8");
            assertTrue(s.addProblem(p));
            assertFalse(s.addProblem(p));
            assertTrue(s.addProblem(new Problem("empty", "in/x.txt", "empty")));
            assertEquals(2, s.problems().size());
            assertEquals(p, s.problems().stream().filter(x -> x.code().equals("encoding")).findFirst().orElseThrow());
        }
    }

    @Test void reopensWithSignaturesInIngestOrder() {
        try (EventStore s = EventStore.open(dir, CLOCK)) {
            fourTellings().forEach(s::addArticle);
        }
        try (EventStore s = EventStore.open(dir)) {
            s.addArticle(StoredArticle.of("N", null, Fixtures.call("N", "AP", null, null, false), null));
            assertEquals(List.of("A", "B", "C", "D", "N"), List.copyOf(s.signatures().keySet()));
            assertEquals(3, s.signatures().get("A").length);
            ArticleRow a = s.article("A").orElseThrow();
            assertEquals(List.of("RUS", "RUSGOV", "RUSMIL", "SYR", "SYRREB", "TUR", "TURGOV"), a.actorCodes());
            assertEquals(Fixtures.TEXT_A, a.text());
            assertEquals(1, a.ingestSeq());
            assertEquals("A", s.article("D").orElseThrow().duplicateOf());
            assertTrue(s.article("nope").isEmpty());
            assertEquals(null, s.signatures().get("N"), "stored without a signature");
            assertEquals(6, s.nextSeq());
            assertNotNull(s.directory());
        }
    }
}
