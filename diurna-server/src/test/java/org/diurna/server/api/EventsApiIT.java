package org.diurna.server.api;

import static org.diurna.server.api.TestDb.enc;
import static org.diurna.server.api.TestDb.get;
import static org.diurna.server.api.TestDb.ok;
import static org.diurna.server.api.TestDb.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.diurna.server.DiurnaServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/events and /api/events/{id} over real HTTP on a real database. */
class EventsApiIT {
    @TempDir static Path db;
    static DiurnaServer server;

    @BeforeAll static void start() {
        TestDb.build(db);
        server = TestDb.start(db, null);
    }

    @AfterAll static void stop() {
        server.close();
    }

    /** The PLOVER types of the events a query lists, sorted. */
    private static Set<String> types(String query) {
        Set<String> out = new TreeSet<>();
        JsonNode r = ok(server, "/api/events" + query);
        r.get("events").forEach(e -> out.add(e.get("plover").asText() + ":" + e.get("source").get("country")
                .asText()));
        assertEquals(out.size(), r.get("total").asInt(), query);
        return out;
    }

    @Test void listsEveryEventMostMentionedFirst() {
        JsonNode r = ok(server, "/api/events");
        assertEquals(4, r.get("total").asInt());
        assertTrue(r.get("next_cursor").isNull());
        JsonNode first = r.get("events").get(0);
        assertEquals(2, first.get("num_mentions").asInt());
        for (String f : List.of("id", "plover", "mode", "cameo", "quad_class", "goldstein", "source", "target",
                "symmetric", "date", "date_precision", "day", "place", "factuality", "num_mentions", "num_articles",
                "num_sources", "outlets", "sources", "evidence", "first_url")) {
            assertTrue(first.has(f), f);
        }
        for (String f : List.of("name", "country", "sector", "actor_id")) assertTrue(first.get("source").has(f), f);
        assertEquals(List.of("AFP", "AP"), List.of(first.get("outlets").get(0).asText(),
                first.get("outlets").get(1).asText()));
    }

    @Test void firstUrlIsThatOfTheEarliestIngestedArticle() {
        // the call is told by A (AFP, ingested first) and its near-duplicate D (AP, third): A's URL comes first
        JsonNode call = ok(server, "/api/events?type=CONSULT&country=TUR").get("events").get(0);
        assertEquals("https://afp.example/a", call.get("first_url").asText());
        JsonNode protest = ok(server, "/api/events?type=PROTEST").get("events").get(0);
        assertEquals("https://lemonde.example/c", protest.get("first_url").asText());
    }

    @Test void everyFilter() {
        assertEquals(Set.of("CONSULT:TUR", "ASSAULT:RUS"), types("?actor=RUS"));
        assertEquals(Set.of("CONSULT:TUR"), types("?actor=RUS+GOV"));
        assertEquals(Set.of("CONSULT:TUR"), types("?actor=RUSGOV"));
        assertEquals(Set.of("CONSULT:TUR"), types("?actor=erdogan"));
        assertEquals(Set.of("ASSAULT:RUS"), types("?country=SYR"));
        assertEquals(Set.of("CONSULT:FRA", "PROTEST:FRA"), types("?country=fra"));
        assertEquals(Set.of("CONSULT:TUR"), types("?dyad=RUS,TUR"));
        assertEquals(Set.of("CONSULT:FRA"), types("?dyad=" + enc("FRA GOV,DEU")));
        assertEquals(Set.of("CONSULT:TUR", "CONSULT:FRA"), types("?type=CONSULT"));
        assertEquals(Set.of("ASSAULT:RUS"), types("?cameo=18"));
        assertEquals(Set.of("CONSULT:FRA"), types("?from=2016-12-01"));
        assertEquals(Set.of("CONSULT:TUR", "ASSAULT:RUS"), types("?to=2016-11-30"));
        assertEquals(Set.of(), types("?from=2016-11-30&to=2016-12-04"));
        assertEquals(Set.of("CONSULT:TUR", "ASSAULT:RUS"), types("?place=SYR"));
        assertEquals(Set.of("CONSULT:FRA"), types("?bbox=" + enc("-5,40,10,52")));
        assertEquals(Set.of("CONSULT:TUR", "ASSAULT:RUS"), types("?bbox=30,30,40,40"));
        assertEquals(Set.of("CONSULT:TUR", "ASSAULT:RUS"), types("?outlet=ap"));
        assertEquals(Set.of("CONSULT:FRA", "PROTEST:FRA"), types("?outlet=" + enc("Le Monde")));
        assertEquals(Set.of("CONSULT:FRA"), types("?factuality=planned"));
        assertEquals(Set.of("CONSULT:FRA", "PROTEST:FRA"), types("?q=Merkel"));
        assertEquals(Set.of("CONSULT:TUR", "ASSAULT:RUS"), types("?q=" + enc("aviation russe")));
        assertEquals(Set.of(), types("?q=zzzunknownword"));
        assertEquals(Set.of("CONSULT:TUR"), types("?type=CONSULT&country=TUR&place=SYR&from=2016-11-01"));
    }

    @Test void pagesWithTheCursorInEverySort() {
        for (String sort : List.of("mentions", "date", "-date")) {
            List<String> all = new ArrayList<>();
            ok(server, "/api/events?sort=" + sort).get("events").forEach(e -> all.add(e.get("id").asText()));
            assertEquals(4, all.size());
            List<String> paged = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonNode r = ok(server, "/api/events?limit=1&sort=" + sort
                        + (cursor == null ? "" : "&cursor=" + enc(cursor)));
                assertEquals(4, r.get("total").asInt());
                r.get("events").forEach(e -> paged.add(e.get("id").asText()));
                cursor = r.get("next_cursor").isNull() ? null : r.get("next_cursor").asText();
                pages++;
            } while (cursor != null && pages < 10);
            assertEquals(all, paged, sort);
        }
        JsonNode byDate = ok(server, "/api/events?sort=date");
        assertEquals("2016-11-29", byDate.get("events").get(0).get("day").asText());
        assertTrue(byDate.get("events").get(3).get("day").isNull(), "undated last");
        assertEquals("2016-12-05", ok(server, "/api/events?sort=-date").get("events").get(0).get("day").asText());
        problem(get(server, "/api/events?cursor=garbage"), 400, "cursor");
    }

    @Test void csvAndJsonl() {
        HttpResponse<String> csv = get(server, "/api/events?format=csv&type=CONSULT");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\n");
        assertEquals(3, lines.length, csv.body());
        assertTrue(lines[0].startsWith("GlobalEventID\t") || lines[0].contains("\t"), lines[0]);
        assertEquals(lines[0].split("\t", -1).length, lines[1].split("\t", -1).length);
        HttpResponse<String> jsonl = get(server, "/api/events?format=jsonl");
        assertEquals(200, jsonl.statusCode());
        String[] rows = jsonl.body().split("\n");
        assertEquals(4, rows.length);
        for (String row : rows) assertTrue(TestDb.parse(row).isObject());
    }

    @Test void oneEventAndItsMentions() {
        JsonNode list = ok(server, "/api/events?type=CONSULT&country=TUR");
        String id = list.get("events").get(0).get("id").asText();
        JsonNode r = ok(server, "/api/events/" + enc(id));
        assertEquals(id, r.get("event").get("id").asText());
        assertEquals(2, r.get("mentions").size());
        JsonNode m = r.get("mentions").get(0);
        for (String f : List.of("mention_id", "article_id", "url", "outlet", "published", "start", "end", "evidence",
                "trigger", "factuality", "date", "attributed_to")) {
            assertTrue(m.has(f), f);
        }
        assertEquals("art-a", m.get("article_id").asText());
        assertEquals("Anadolu", m.get("attributed_to").get(0).asText());
        String text = TestDb.TEXT_A;
        assertEquals(m.get("evidence").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
        JsonNode p = problem(get(server, "/api/events/ev-0000000000000000"), 404, null);
        assertFalse(p.get("detail").asText().isEmpty());
        assertEquals("/api/events/ev-0000000000000000", p.get("instance").asText());
    }
}
