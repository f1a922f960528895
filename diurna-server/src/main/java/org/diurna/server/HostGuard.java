package org.diurna.server;

import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses requests whose Host header names another server (403): a web page the analyst visits can make the browser
 * resolve its own domain to 127.0.0.1 (DNS rebinding) and read the API as if it were the same site; the Host header
 * it sends still names that domain. Allowed: the names configured, else the bound address and the loopback names.
 * Bound to every interface (0.0.0.0) without a list, any name is allowed: the operator chose to expose the server.
 */
final class HostGuard {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");
    private final Set<String> allowed;

    HostGuard(ServerConfig cfg) {
        Set<String> names = new HashSet<>();
        for (String n : cfg.allowedHosts()) names.add(n.toLowerCase(Locale.ROOT));
        boolean wildcard = cfg.host().equals("0.0.0.0") || cfg.host().equals("::");
        if (names.isEmpty() && !wildcard) {
            names.addAll(LOOPBACK);
            names.add(cfg.host().toLowerCase(Locale.ROOT));
        }
        this.allowed = Set.copyOf(names);
    }

    void check(Context ctx) {
        if (allowed.isEmpty()) return;
        String host = ctx.header("Host");
        // HTTP/1.0 clients may send none; a browser always does
        if (host == null || allowed.contains(name(host))) return;
        throw new ApiException(403, "Forbidden host", "this server answers to " + List.copyOf(allowed)
                + ", not to '" + name(host) + "' (serve --allow-host NAME to add one)", null);
    }

    /** The name of a Host header without its port: "localhost:8080" → localhost, "[::1]:8080" → ::1. */
    static String name(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        return colon >= 0 && h.indexOf(':', colon + 1) < 0 ? h.substring(0, colon) : h;
    }
}
