package org.diurna.server.api;

import static org.diurna.server.api.TestDb.post;
import static org.diurna.server.api.TestDb.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.diurna.server.DiurnaServer;
import org.diurna.server.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/read under hostile input and load (issue 10), through the real pipeline: a text the reader refuses is a
 * 4xx naming why (it was a 500), the probe's shapes (237 KB without a space: OutOfMemoryError, 21 s, empty 500) are
 * answered, readings beyond the cap get 429 with Retry-After, and a reading past the timeout is stopped (503).
 */
class ReadLimitsApiIT {
    static final String LEAD = "Le président français a rencontré mardi à Paris son homologue allemand pour parler de"
            + " la guerre en Ukraine, a indiqué l'Élysée. ";

    static String body(String text) {
        return "{\"text\":" + TestDb.JSON.valueToTree(text) + ",\"published\":\"2024-05-14\"}";
    }

    @Test void refusedTextsAre4xxSayingWhy(@TempDir Path db) {
        TestDb.build(db);
        try (DiurnaServer server = DiurnaServer.start(new ServerConfig(db, null, 0, null, 5_000_000, true))) {
            JsonNode german = problem(post(server, "/api/read", body("Die Bundesregierung hat am Dienstag in Berlin"
                    + " neue Sanktionen gegen Russland beschlossen, teilte ein Sprecher mit."), null), 422, "text");
            assertTrue(german.get("detail").asText().contains("[language]"), german.toString());
            problem(post(server, "/api/read", body("x"), null), 422, "text");
            problem(post(server, "/api/read", "{\"html\":\"<html><script>var a = 1;</script><script>f()</script>"
                    + "</html>\"}", null), 422, "text");
            Random r = new Random(7);
            StringBuilder letters = new StringBuilder();
            while (letters.length() < 237 * 1024) letters.append((char) ('a' + r.nextInt(26)));
            HttpResponse<String> noSpace = post(server, "/api/read", body(letters.toString()), null);
            // the probe's shape: over the reader's limit, refused at once
            problem(noSpace, 413, "text");
            HttpResponse<String> mixed = post(server, "/api/read", body(LEAD + letters.substring(0, 150_000)), null);
            assertEquals(200, mixed.statusCode(), mixed.body());
            assertTrue(mixed.body().contains("word-too-long"), "the reading says what it left out");
            StringBuilder nested = new StringBuilder(LEAD);
            for (int i = 0; i < 10_000; i++) nested.insert(0, "<div>").append("</div>");
            HttpResponse<String> deep = post(server, "/api/read", "{\"html\":" + TestDb.JSON.valueToTree(
                    nested.toString()) + "}", null);
            assertTrue(deep.statusCode() == 200 || deep.statusCode() == 422, deep.statusCode() + " " + deep.body());
        }
    }

    @Test void readingsBeyondTheCapAre429AndALongOneIsStopped(@TempDir Path db) throws Exception {
        TestDb.build(db);
        ServerConfig cfg = new ServerConfig(db, null, 0, null, 5_000_000, true).withMaxReads(1)
                .withReadTimeout(Duration.ofSeconds(2));
        try (DiurnaServer server = DiurnaServer.start(cfg)) {
            post(server, "/api/read", body(LEAD), null); // loads the models, so that the long reading starts at once
            String longText = body((LEAD + "\n\n").repeat(1500));
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                    () -> post(server, "/api/read", longText, null));
            HttpResponse<String> second = null;
            for (int i = 0; i < 100 && !first.isDone(); i++) {
                Thread.sleep(50);
                HttpResponse<String> r = post(server, "/api/read", body(LEAD), null);
                if (r.statusCode() == 429) {
                    second = r;
                    break;
                }
            }
            assertTrue(second != null, "no 429 while a reading held the only slot");
            problem(second, 429, null);
            assertEquals("5", second.headers().firstValue("Retry-After").orElse(""));
            HttpResponse<String> stopped = first.get();
            problem(stopped, 503, "text");
            assertTrue(stopped.body().contains("time-budget"), stopped.body());
            assertEquals(200, post(server, "/api/read", body(LEAD), null).statusCode(), "the slot is free again");
        }
    }
}
