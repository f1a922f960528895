package org.diurna.server.api;

import static org.diurna.server.api.TestDb.enc;
import static org.diurna.server.api.TestDb.get;
import static org.diurna.server.api.TestDb.ok;
import static org.diurna.server.api.TestDb.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diurna.server.DiurnaServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles, timeline, network, actors, search, and the OpenAPI document against the routes. */
class QueriesApiIT {
    @TempDir static Path db;
    static DiurnaServer server;

    @BeforeAll static void start() {
        TestDb.build(db);
        server = TestDb.start(db, null);
    }

    @AfterAll static void stop() {
        server.close();
    }

    @Test void articleDetail() {
        JsonNode r = ok(server, "/api/articles/art-a");
        JsonNode a = r.get("article");
        assertEquals("art-a", a.get("id").asText());
        assertEquals("AFP", a.get("outlet").asText());
        assertEquals("2016-11-30", a.get("published").asText());
        assertTrue(a.get("duplicate_of").isNull());
        String text = a.get("text").asText();
        assertEquals(TestDb.TEXT_A, text);
        assertEquals(3, r.get("entities").size());
        JsonNode e = r.get("entities").get(0);
        assertEquals("Recep Tayyip Erdogan", text.substring(e.get("start").asInt(), e.get("end").asInt()));
        assertEquals("TUR", e.get("actor").get("country").asText());
        assertTrue(e.get("place").isNull());
        assertEquals("Aleppo", r.get("entities").get(2).get("place").get("name").asText());
        assertEquals(2, r.get("events").size());
        for (JsonNode ev : r.get("events")) {
            assertEquals(ev.get("evidence").asText(), text.substring(ev.get("start").asInt(), ev.get("end").asInt()));
            assertTrue(ev.get("event_id").asText().startsWith("ev-"));
        }
        JsonNode q = r.get("quotes").get(0);
        assertEquals(q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
        assertEquals("Recep Tayyip Erdogan", q.get("speaker").get("name").asText());
        JsonNode f = r.get("figures").get(0);
        assertEquals(300000, f.get("value").asDouble());
        assertEquals("deaths", f.get("unit").asText());
        assertEquals(1, r.get("duplicates").size());
        assertEquals("art-d", r.get("duplicates").get(0).get("article_id").asText());
        assertEquals(0.93, r.get("duplicates").get(0).get("similarity").asDouble(), 1e-9);

        JsonNode d = ok(server, "/api/articles/art-d");
        assertEquals("art-a", d.get("article").get("duplicate_of").asText());
        assertEquals("art-a", d.get("duplicates").get(0).get("article_id").asText());
        problem(get(server, "/api/articles/nope"), 404, null);
    }

    @Test void timeline() {
        JsonNode r = ok(server, "/api/timeline");
        assertEquals("day", r.get("interval").asText());
        Map<String, JsonNode> series = new HashMap<>();
        r.get("series").forEach(s -> series.put(s.get("type").asText(), s.get("points")));
        assertEquals(Set.of("ASSAULT", "CONSULT"), series.keySet(), "undated events are left out");
        JsonNode consult = series.get("CONSULT");
        assertEquals("2016-11-29", consult.get(0).get(0).asText());
        assertEquals(1, consult.get(0).get(1).asInt());
        assertEquals("2016-12-05", consult.get(1).get(0).asText());
        JsonNode week = ok(server, "/api/timeline?interval=week&type=CONSULT");
        assertEquals("week", week.get("interval").asText());
        JsonNode points = week.get("series").get(0).get("points");
        assertEquals("2016-11-28", points.get(0).get(0).asText(), "ISO weeks start on Monday");
        assertEquals("2016-12-05", points.get(1).get(0).asText());
        assertEquals(0, ok(server, "/api/timeline?country=USA").get("series").size());
        problem(get(server, "/api/timeline?interval=month"), 400, "interval");
    }

    @Test void network() {
        JsonNode r = ok(server, "/api/network");
        Map<String, JsonNode> nodes = new HashMap<>();
        r.get("nodes").forEach(n -> nodes.put(n.get("id").asText(), n));
        assertEquals(Set.of("TUR GOV", "RUS GOV", "RUS MIL", "SYR REB", "FRA GOV", "DEU GOV", "FRA CVL"),
                nodes.keySet());
        assertEquals("TUR", nodes.get("TUR GOV").get("country").asText());
        assertEquals("GOV", nodes.get("TUR GOV").get("sector").asText());
        assertEquals(1, nodes.get("TUR GOV").get("events").asInt());
        JsonNode edge = null;
        for (JsonNode e : r.get("edges")) if (e.get("source").asText().equals("TUR GOV")) edge = e;
        assertEquals("RUS GOV", edge.get("target").asText());
        assertEquals(1, edge.get("events").asInt());
        assertEquals(1, edge.get("types").get("CONSULT").asInt());
        assertEquals(2, ok(server, "/api/network?limit=1").get("nodes").size());
        assertEquals(1, ok(server, "/api/network?type=ASSAULT").get("edges").size());
        problem(get(server, "/api/network?limit=0"), 400, "limit");
    }

    @Test void actors() {
        JsonNode r = ok(server, "/api/actors?q=erd");
        assertEquals(1, r.get("actors").size());
        JsonNode a = r.get("actors").get(0);
        assertEquals("person:recep-tayyip-erdogan", a.get("actor_id").asText());
        assertEquals("Recep Tayyip Erdogan", a.get("name").asText());
        assertEquals("TUR", a.get("country").asText());
        assertEquals("GOV", a.get("sector").asText());
        assertEquals("head of state", a.get("role").asText());
        assertTrue(a.get("mentions").asInt() >= 1);
        assertEquals(1, ok(server, "/api/actors?limit=1").get("actors").size());
        assertEquals(0, ok(server, "/api/actors?q=nobody").get("actors").size());
    }

    @Test void search() {
        JsonNode r = ok(server, "/api/search?q=Merkel");
        assertEquals(1, r.get("total").asInt());
        JsonNode h = r.get("hits").get(0);
        assertEquals("art-c", h.get("article_id").asText());
        for (String f : List.of("score", "title", "published", "outlet", "url", "snippet")) assertTrue(h.has(f), f);
        assertTrue(h.get("snippet").asText().contains("Merkel"));
        assertEquals(1, ok(server, "/api/search?q=Poutine").get("total").asInt(), "the near-duplicate is hidden");
        assertEquals(0, ok(server, "/api/search?q=Poutine&lang=en").get("total").asInt());
        assertEquals(0, ok(server, "/api/search?q=Merkel&to=2016-11-30").get("total").asInt());
        assertEquals(2, ok(server, "/api/search?from=2016-01-01").get("total").asInt());
        assertEquals(1, ok(server, "/api/search?limit=1").get("hits").size());
        problem(get(server, "/api/search?lang=" + enc("fr' OR 1=1")), 400, "lang");
    }

    @Test void openApiMatchesTheRoutes() {
        JsonNode doc = ok(server, "/openapi.json");
        assertEquals("3.0.3", doc.get("openapi").asText());
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            for (Iterator<String> m = p.getValue().fieldNames(); m.hasNext(); ) {
                String method = m.next().toUpperCase();
                String path = p.getKey().replace("{id}", "art-a");
                HttpRequest.Builder b = HttpRequest.newBuilder(TestDb.uri(server, path));
                HttpRequest req = method.equals("GET") ? b.GET().build()
                        : b.POST(HttpRequest.BodyPublishers.ofString("{}")).build();
                HttpResponse<String> res = TestDb.send(req);
                boolean noRoute = res.statusCode() == 404 && res.body().contains("no such resource");
                assertTrue(!noRoute && res.statusCode() != 405, method + " " + path + " → " + res.statusCode());
                documented.add(method + " " + p.getKey());
            }
        }
        problem(get(server, "/api/nothing-here"), 404, null);
        Set<String> routes = new HashSet<>(server.routes());
        assertTrue(routes.size() >= 12, routes::toString);
        routes.removeIf(r -> r.startsWith("HEAD ") || r.endsWith("/docs.js") || r.endsWith("/docs.css"));
        Set<String> paths = new HashSet<>(documented);
        assertEquals(routes, paths, "every route is documented, and only routes");
        HttpResponse<String> docs = get(server, "/docs");
        assertEquals(200, docs.statusCode());
        assertTrue(docs.body().contains("/docs.js"));
        assertEquals(200, get(server, "/docs.js").statusCode());
    }
}
