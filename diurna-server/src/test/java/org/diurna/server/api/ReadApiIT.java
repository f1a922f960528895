package org.diurna.server.api;

import static org.diurna.server.api.TestDb.ok;
import static org.diurna.server.api.TestDb.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.diurna.server.DiurnaServer;
import org.diurna.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/read and POST /api/articles through the real pipeline (loads CoreNLP: about 10 s). */
class ReadApiIT {
    static final String TEXT = "Recep Tayyip Erdogan s'est entretenu mardi au téléphone avec Vladimir Poutine au sujet"
            + " de la Syrie, a indiqué la présidence turque.";

    @Test void readsAndIngestsAFrenchText(@TempDir Path db) {
        TestDb.build(db);
        try (DiurnaServer server = TestDb.start(db, "tok")) {
            String body = "{\"text\":\"" + TEXT + "\",\"language\":\"fr\",\"published\":\"2016-11-30\"}";
            HttpResponse<String> r = post(server, "/api/read", body, null);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode reading = TestDb.parse(r.body());
            assertTrue(reading.toString().contains("CONSULT"), r.body());

            // asked before the ingest, and cached: the answer must change once the database does
            assertEquals(0, ok(server, "/api/events?outlet=TRT").get("total").asInt());
            assertEquals(0, ok(server, "/api/events?outlet=TRT").get("total").asInt());
            String article = "{\"text\":\"" + TEXT + "\",\"language\":\"fr\",\"published\":\"2016-11-30\","
                    + "\"url\":\"https://trt.example/1\",\"outlet\":\"TRT\"}";
            HttpResponse<String> stored = post(server, "/api/articles", article, "Bearer tok");
            assertEquals(201, stored.statusCode(), stored.body());
            JsonNode s = TestDb.parse(stored.body());
            assertTrue(s.get("stored").asBoolean());
            assertTrue(s.get("events").asInt() >= 1, stored.body());
            String id = s.get("article_id").asText();
            assertEquals("TRT", ok(server, "/api/articles/" + id).get("article").get("outlet").asText());
            assertTrue(ok(server, "/api/events?outlet=TRT").get("total").asInt() >= 1);
            assertEquals(1, ok(server, "/api/search?q=" + TestDb.enc("présidence turque")).get("total").asInt());

            HttpResponse<String> again = post(server, "/api/articles", article, "Bearer tok");
            assertEquals(200, again.statusCode(), again.body());
            assertFalse(TestDb.parse(again.body()).get("stored").asBoolean());

            // a URL that is not http(s) is dropped, the article kept, and the client told
            String script = "{\"text\":\"" + TEXT.replace("mardi", "mercredi") + "\",\"language\":\"fr\","
                    + "\"url\":\"javascript:alert(1)\",\"outlet\":\"TRT\"}";
            HttpResponse<String> kept = post(server, "/api/articles", script, "Bearer tok");
            assertEquals(201, kept.statusCode(), kept.body());
            JsonNode k = TestDb.parse(kept.body());
            assertEquals("url", k.get("warnings").get(0).get("code").asText(), kept.body());
            assertTrue(ok(server, "/api/articles/" + k.get("article_id").asText()).get("article").get("url").isNull());
        }
        try (EventStore store = EventStore.open(db)) {
            assertTrue(store.problems().stream().anyMatch(p -> p.code().equals("url") && p.where().equals("api")
                    && p.detail().contains("javascript:alert(1)")), () -> store.problems().toString());
        }
    }
}
