package org.diurna.server.api;

import static org.diurna.server.api.TestDb.enc;
import static org.diurna.server.api.TestDb.get;
import static org.diurna.server.api.TestDb.ok;
import static org.diurna.server.api.TestDb.post;
import static org.diurna.server.api.TestDb.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.diurna.server.DiurnaServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad parameters, SQL injection, body limits, tokens, binding and headers. */
class SecurityApiIT {
    static final String TOKEN = "s3cret-token";
    static final List<String> INJECTIONS = List.of("' OR '1'='1", "x'; DROP TABLE events; --",
            "\" OR 1=1 --", "1); DELETE FROM articles; --", "TUR' UNION SELECT * FROM articles --", "%' --",
            "\\'; DROP TABLE mentions; --");

    @TempDir static Path db;
    static DiurnaServer server;

    @BeforeAll static void start() {
        TestDb.build(db);
        server = TestDb.start(db, TOKEN);
    }

    @AfterAll static void stop() {
        server.close();
    }

    @Test void unknownAndMalformedParametersAre400sNamingThem() {
        JsonNode p = problem(get(server, "/api/events?colour=red"), 400, "colour");
        assertTrue(p.get("detail").asText().contains("colour"));
        problem(get(server, "/api/events?from=2016-13-45"), 400, "from");
        problem(get(server, "/api/events?to=yesterday"), 400, "to");
        problem(get(server, "/api/events?from=2016-12-02&to=2016-12-01"), 400, "to");
        problem(get(server, "/api/events?limit=501"), 400, "limit");
        problem(get(server, "/api/events?limit=ten"), 400, "limit");
        problem(get(server, "/api/events?sort=random"), 400, "sort");
        problem(get(server, "/api/events?format=xml"), 400, "format");
        problem(get(server, "/api/events?bbox=1,2,3"), 400, "bbox");
        problem(get(server, "/api/events?dyad=TUR"), 400, "dyad");
        problem(get(server, "/api/events?factuality=maybe"), 400, "factuality");
        problem(get(server, "/api/events?type=CONSULT&type=ASSAULT"), 400, "type");
        problem(get(server, "/api/events/x?y=1"), 400, "y");
        problem(get(server, "/api/search?page=2"), 400, "page");
        problem(get(server, "/api/actors?limit=-1"), 400, "limit");
        problem(get(server, "/api/timeline?sort=date"), 400, "sort");
    }

    @Test void injectionStringsNeverReachSqlAsText() {
        long before = ok(server, "/api/events").get("total").asLong();
        for (String bad : INJECTIONS) {
            for (String param : List.of("actor", "country", "dyad", "type", "cameo", "from", "to", "place", "bbox",
                    "outlet", "factuality", "q", "sort", "limit", "cursor", "format")) {
                HttpResponse<String> r = get(server, "/api/events?" + param + "=" + enc(bad));
                assertTrue(r.statusCode() == 200 || r.statusCode() == 400, param + "=" + bad + " → " + r.body());
                if (r.statusCode() == 200) {
                    assertEquals(0, TestDb.parse(r.body()).get("total").asInt(), param + "=" + bad);
                } else {
                    problem(r, 400, param);
                }
            }
            for (String path : List.of("/api/timeline?actor=", "/api/network?outlet=", "/api/actors?q=",
                    "/api/search?q=", "/api/search?actor=", "/api/events/", "/api/articles/")) {
                HttpResponse<String> r = get(server, path + enc(bad));
                assertTrue(r.statusCode() == 200 || r.statusCode() == 400 || r.statusCode() == 404,
                        path + bad + " → " + r.statusCode() + " " + r.body());
            }
        }
        assertEquals(before, ok(server, "/api/events").get("total").asLong(), "tables intact");
        assertEquals(2, ok(server, "/api/search?from=2000-01-01").get("total").asInt());
        assertEquals(200, get(server, "/api/articles/art-a").statusCode());
        assertEquals(2, ok(server, "/api/events?type=CONSULT").get("total").asInt());
    }

    @Test void bodiesOverTheLimitAre413() {
        String big = "{\"text\":\"" + "a".repeat(100 * 1024) + "\"}";
        problem(post(server, "/api/read", big, null), 413, null);
        problem(post(server, "/api/articles", big, "Bearer " + TOKEN), 413, null);
    }

    @Test void ingestionNeedsTheToken() {
        String body = "{\"text\":\"Bonjour.\",\"url\":\"https://x.example/1\"}";
        HttpResponse<String> none = post(server, "/api/articles", body, null);
        problem(none, 401, null);
        assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
        problem(post(server, "/api/articles", body, "Bearer wrong"), 401, null);
        problem(post(server, "/api/articles", body, TOKEN), 401, null);
        problem(post(server, "/api/articles", "{\"text\":\"x\",\"colour\":\"red\"}", "Bearer " + TOKEN), 400,
                "colour");
        problem(post(server, "/api/articles", "not json", "Bearer " + TOKEN), 400, "body");
        problem(post(server, "/api/read", "{\"text\":\"x\",\"html\":\"<p>y</p>\"}", null), 400, null);
        problem(post(server, "/api/read", "{\"text\":\"x\",\"published\":\"soon\"}", null), 400, "published");
    }

    @Test void ingestionOffIs403(@TempDir Path other) {
        TestDb.build(other);
        try (DiurnaServer off = TestDb.start(other, null)) {
            problem(post(off, "/api/articles", "{\"text\":\"x\"}", "Bearer anything"), 403, null);
            problem(post(off, "/api/articles", "{\"text\":\"x\"}", null), 403, null);
        }
    }

    @Test void headers() {
        HttpResponse<String> r = get(server, "/api/events");
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        HttpResponse<String> docs = get(server, "/docs");
        assertTrue(docs.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        HttpResponse<String> webjar = get(server, "/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertEquals(200, webjar.statusCode());
        assertEquals("nosniff", webjar.headers().firstValue("X-Content-Type-Options").orElse(""));
        if (DiurnaServer.class.getResource("/org/diurna/server/web/index.html") != null) {
            HttpResponse<String> dashboard = get(server, "/");
            assertEquals(200, dashboard.statusCode());
            assertTrue(dashboard.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(dashboard.headers().firstValue("Content-Security-Policy").orElse("").contains("'self'"));
        }
    }

    @Test void listensOnLoopbackOnly() throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            assertTrue(s.isConnected());
        }
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (ni.isLoopback() || !ni.isUp()) continue;
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (!(a instanceof Inet4Address)) continue;
                assertThrows(ConnectException.class, () -> new Socket(a, server.port()).close(), a.toString());
            }
        }
    }
}
