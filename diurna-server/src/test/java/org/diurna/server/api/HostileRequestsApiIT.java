package org.diurna.server.api;

import static org.diurna.server.api.TestDb.get;
import static org.diurna.server.api.TestDb.post;
import static org.diurna.server.api.TestDb.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.diurna.server.DiurnaServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile requests of issue 10 that need no reading: chunked bodies over the limit, bodies that are not JSON
 * (what a foreign web page can post without asking), Host headers naming another site (DNS rebinding), the web
 * server's own refusals, wrong methods. Each was answered wrongly before (200, 500, an HTML page, 404).
 */
class HostileRequestsApiIT {
    @TempDir static Path db;
    static DiurnaServer server;

    @BeforeAll static void start() {
        TestDb.build(db);
        server = TestDb.start(db, "tok");
    }

    @AfterAll static void stop() {
        server.close();
    }

    @Test void aChunkedBodyOverTheLimitIs413() {
        byte[] big = ("{\"text\":\"" + "a".repeat(155 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (String path : new String[] {"/api/read", "/api/articles"}) {
            // a body of unknown length is sent chunked, with no Content-Length to check in advance
            HttpRequest r = HttpRequest.newBuilder(TestDb.uri(server, path)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer tok")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
            problem(TestDb.send(r), 413, null);
        }
    }

    @Test void onlyJsonBodiesArePosted() {
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"}) {
            HttpRequest r = HttpRequest.newBuilder(TestDb.uri(server, "/api/read")).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Bonjour.\"}")).build();
            problem(TestDb.send(r), 415, "Content-Type");
        }
        HttpRequest none = HttpRequest.newBuilder(TestDb.uri(server, "/api/articles"))
                .header("Authorization", "Bearer tok").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        problem(TestDb.send(none), 415, "Content-Type");
    }

    @Test void aHostHeaderNamingAnotherSiteIs403() throws IOException {
        String evil = raw("GET /api/events HTTP/1.1\r\nHost: attacker.example:" + server.port()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(evil.startsWith("HTTP/1.1 403"), evil);
        assertTrue(evil.contains("application/problem+json"), evil);
        for (String ok : new String[] {"localhost", "127.0.0.1", "[::1]"}) {
            String r = raw("GET /api/events HTTP/1.1\r\nHost: " + ok + ":" + server.port()
                    + "\r\nConnection: close\r\n\r\n");
            assertTrue(r.startsWith("HTTP/1.1 200"), ok + ": " + r);
        }
    }

    @Test void theWebServersOwnRefusalsAreProblemJson() throws IOException {
        String longUri = raw("GET /api/events?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(longUri.startsWith("HTTP/1.1 414"), longUri);
        assertTrue(longUri.contains("application/problem+json") && longUri.contains("\"status\":414"), longUri);
        String bigHeader = raw("GET /api/events HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(bigHeader.startsWith("HTTP/1.1 431"), bigHeader);
        assertTrue(bigHeader.contains("application/problem+json") && bigHeader.contains("\"status\":431"), bigHeader);
        String garbage = raw("GET /api/events HTTP/1.1\r\nHost: localhost\r\nBad Header Line\r\n\r\n");
        assertTrue(garbage.startsWith("HTTP/1.1 400"), garbage);
        assertTrue(garbage.contains("application/problem+json"), garbage);
    }

    @Test void aWrongMethodIs405() {
        HttpResponse<String> r = TestDb.send(HttpRequest.newBuilder(TestDb.uri(server, "/api/events")).DELETE()
                .build());
        problem(r, 405, null);
        problem(post(server, "/api/events", "{}", null), 405, null);
        problem(get(server, "/api/no-such-thing"), 404, null);
    }

    @Test void theDashboardSaysItsCharset() {
        HttpResponse<String> r = get(server, "/");
        if (r.statusCode() == 404) return; // the dashboard is packaged by the build: checked by DashboardIT
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("text/html") && !type.contains("null"), type);
    }

    @Test void aSearchIndexThatLostItsArticlesIsRepairedWhenServed(@TempDir Path other) throws IOException {
        TestDb.build(other);
        // what a crash between the database's commit and the index's leaves: articles stored, none indexed
        try (var files = java.nio.file.Files.walk(other.resolve("lucene"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        try (DiurnaServer s = TestDb.start(other, null)) {
            assertEquals(2, TestDb.ok(s, "/api/search?from=2000-01-01").get("total").asInt(),
                    "a server without ingestion brings the index in line with the database too");
        }
    }

    /** Sends {@code request} as bytes (the HTTP client refuses to send a foreign Host) and returns the answer. */
    private static String raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
