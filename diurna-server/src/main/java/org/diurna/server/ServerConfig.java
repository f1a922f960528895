package org.diurna.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to serve a database.
 *
 * @param db           the database directory (diurna.duckdb and lucene/)
 * @param host         the address to bind; 127.0.0.1 unless told otherwise
 * @param port         the port; 0 for any free port
 * @param token        the Bearer token that allows POST /api/articles, or null to turn ingestion off
 * @param maxBodyBytes largest request body accepted (413 above)
 * @param readEnabled  whether POST /api/read runs the reading pipeline
 */
public record ServerConfig(Path db, String host, int port, String token, long maxBodyBytes, boolean readEnabled) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;

    public ServerConfig {
        Objects.requireNonNull(db, "db");
        if (host == null || host.isBlank()) host = DEFAULT_HOST;
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (maxBodyBytes <= 0) maxBodyBytes = DEFAULT_MAX_BODY;
        if (token != null && token.isBlank()) throw new IllegalArgumentException("blank token");
    }

    /** Serves {@code db} on 127.0.0.1:8080, ingestion off, reading on. */
    public static ServerConfig of(Path db) {
        return new ServerConfig(db, DEFAULT_HOST, DEFAULT_PORT, null, DEFAULT_MAX_BODY, true);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(db, host, p, token, maxBodyBytes, readEnabled);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(db, h, port, token, maxBodyBytes, readEnabled);
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(db, host, port, t, maxBodyBytes, readEnabled);
    }

    public ServerConfig withMaxBodyBytes(long n) {
        return new ServerConfig(db, host, port, token, n, readEnabled);
    }

    public ServerConfig withReadEnabled(boolean on) {
        return new ServerConfig(db, host, port, token, maxBodyBytes, on);
    }
}
