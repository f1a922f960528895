package org.diurna.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to serve a database.
 *
 * @param db           the database directory (diurna.duckdb and lucene/)
 * @param host         the address to bind; 127.0.0.1 unless told otherwise
 * @param port         the port; 0 for any free port
 * @param token        the Bearer token that allows POST /api/articles, or null to turn ingestion off
 * @param maxBodyBytes largest request body accepted (413 above), chunked or not
 * @param readEnabled  whether POST /api/read runs the reading pipeline
 * @param allowedHosts the names a request's Host header may give (DNS rebinding guard); empty: the bound address and
 *                     the loopback names, or any name when bound to every interface
 * @param maxReads     how many POST /api/read may run at once (429 beyond)
 * @param readTimeout  how long one POST /api/read may read before it is stopped (503)
 */
public record ServerConfig(Path db, String host, int port, String token, long maxBodyBytes, boolean readEnabled,
                           List<String> allowedHosts, int maxReads, Duration readTimeout) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;
    /** One reading holds a core and up to a gigabyte while it parses: as many at once as there are cores. */
    public static final int DEFAULT_MAX_READS = Math.max(1, Runtime.getRuntime().availableProcessors());
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public ServerConfig {
        Objects.requireNonNull(db, "db");
        if (host == null || host.isBlank()) host = DEFAULT_HOST;
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (maxBodyBytes <= 0) maxBodyBytes = DEFAULT_MAX_BODY;
        if (token != null && token.isBlank()) throw new IllegalArgumentException("blank token");
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        if (maxReads <= 0) maxReads = DEFAULT_MAX_READS;
        if (readTimeout == null || readTimeout.isNegative() || readTimeout.isZero()) readTimeout = DEFAULT_READ_TIMEOUT;
    }

    /** The settings of the first versions: default host allow-list, read cap and read timeout. */
    public ServerConfig(Path db, String host, int port, String token, long maxBodyBytes, boolean readEnabled) {
        this(db, host, port, token, maxBodyBytes, readEnabled, List.of(), DEFAULT_MAX_READS, DEFAULT_READ_TIMEOUT);
    }

    /** Serves {@code db} on 127.0.0.1:8080, ingestion off, reading on. */
    public static ServerConfig of(Path db) {
        return new ServerConfig(db, DEFAULT_HOST, DEFAULT_PORT, null, DEFAULT_MAX_BODY, true);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(db, host, p, token, maxBodyBytes, readEnabled, allowedHosts, maxReads, readTimeout);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(db, h, port, token, maxBodyBytes, readEnabled, allowedHosts, maxReads, readTimeout);
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(db, host, port, t, maxBodyBytes, readEnabled, allowedHosts, maxReads, readTimeout);
    }

    public ServerConfig withMaxBodyBytes(long n) {
        return new ServerConfig(db, host, port, token, n, readEnabled, allowedHosts, maxReads, readTimeout);
    }

    public ServerConfig withReadEnabled(boolean on) {
        return new ServerConfig(db, host, port, token, maxBodyBytes, on, allowedHosts, maxReads, readTimeout);
    }

    public ServerConfig withAllowedHosts(List<String> names) {
        return new ServerConfig(db, host, port, token, maxBodyBytes, readEnabled, names, maxReads, readTimeout);
    }

    public ServerConfig withMaxReads(int n) {
        return new ServerConfig(db, host, port, token, maxBodyBytes, readEnabled, allowedHosts, n, readTimeout);
    }

    public ServerConfig withReadTimeout(Duration d) {
        return new ServerConfig(db, host, port, token, maxBodyBytes, readEnabled, allowedHosts, maxReads, d);
    }
}
