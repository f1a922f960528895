package org.diurna.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.diurna.corpus.Ingester;
import org.diurna.ingest.IngestOptions;
import org.diurna.search.SearchIndex;
import org.diurna.server.DiurnaServer;
import org.diurna.server.ServerConfig;
import org.diurna.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code diurna serve}: the HTTP API and the dashboard over a database. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the dashboard and the HTTP API over a database.",
                "The dashboard at http://HOST:PORT/, the HTTP API under /api",
                "(OpenAPI description at /openapi.json, readable at /docs). Opens nothing; prints the URL.",
                "With --demo and no database yet, first builds one from the sample dispatches in examples/.",
                "One process at a time may hold a database: while it is served, 'ingest' and the other commands "
                        + "say it is in use (exit code 1); so does serve when the port is taken."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR", description = "database directory (default: diurna-data, or "
            + "diurna-demo with --demo)")
    Path db;

    @Option(names = "--parquet", paramLabel = "DIR", description = "serve the Parquet tables made by 'diurna cluster'"
            + " in DIR (read in place, read-only)")
    Path parquet;

    @Option(names = "--demo", description = "build the database from examples/ when there is none")
    boolean demo;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE}; "
            + "0.0.0.0 exposes the server to the network)")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--token", paramLabel = "SECRET", description = "allow POST /api/articles with this bearer token "
            + "(ingestion is off without it; an empty one is refused)")
    String token;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "5000000",
            description = "largest request body accepted (default: ${DEFAULT-VALUE}); larger ones get 413")
    long maxBody;

    @Option(names = "--allow-host", paramLabel = "NAME", split = ",",
            description = "a name the Host header may give (repeatable); default: the bound address, localhost, "
                    + "127.0.0.1 and ::1 (any name when bound to 0.0.0.0). Other names get 403: this stops web pages "
                    + "that rebind their domain to this machine from reading the API")
    List<String> allowHosts = List.of();

    @Option(names = "--max-reads", paramLabel = "N", defaultValue = "0",
            description = "POST /api/read running at once; more get 429 with Retry-After (default: one per core)")
    int maxReads;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "longest POST /api/read; a reading stopped at it gets 503 (default: ${DEFAULT-VALUE})")
    long readTimeout;

    @Option(names = "--examples", paramLabel = "DIR", defaultValue = "examples", hidden = true)
    Path examples;

    @Override public Integer call() throws Exception {
        if (token != null && token.isBlank()) {
            // an empty secret would let anyone add articles: refuse it rather than serve with ingestion open or off
            System.err.println("diurna: --token is empty: give a secret (e.g. --token \"$(openssl rand -hex 16)\"), or "
                    + "leave --token out to serve without ingestion");
            return Main.REJECTED;
        }
        if (parquet != null) {
            if (token != null) {
                System.err.println("diurna: Parquet tables are read-only; serve them without --token");
                return Main.REJECTED;
            }
            if (DatabaseOption.openParquetCheck(parquet) == null) return Main.REJECTED;
            try (DiurnaServer server = DiurnaServer.startParquet(config(parquet, null))) {
                return serveUntilStopped(server, parquet);
            }
        }
        Path dir = db != null ? db : Path.of(demo ? "diurna-demo" : "diurna-data");
        if (!Files.isRegularFile(dir.resolve(EventStore.FILE))) {
            if (!demo) {
                System.err.println("diurna: no database in " + dir.toAbsolutePath() + "; make one with 'diurna ingest"
                        + " FILES --db " + dir + "', or try 'diurna serve --demo'");
                return Main.REJECTED;
            }
            System.out.println("Building a demo database in " + dir + " from " + examples + " ...");
            try (EventStore store = EventStore.open(dir); SearchIndex index = SearchIndex.open(dir.resolve("lucene"))) {
                new Ingester(store, index).ingest(List.of(examples.toString()), IngestOptions.defaults(),
                        Runtime.getRuntime().availableProcessors(), s -> { });
            }
        }
        try (DiurnaServer server = DiurnaServer.start(config(dir, token))) {
            return serveUntilStopped(server, dir);
        }
    }

    private ServerConfig config(Path dir, String secret) {
        return new ServerConfig(dir, host, port, secret, maxBody, true).withAllowedHosts(allowHosts)
                .withMaxReads(maxReads).withReadTimeout(java.time.Duration.ofSeconds(Math.max(1, readTimeout)));
    }

    private int serveUntilStopped(DiurnaServer server, Path dir) throws InterruptedException {
        System.out.println("Diurna is serving " + dir.toAbsolutePath() + " at http://" + host + ":" + server.port()
                + "/  (API: /api/events, /openapi.json; Ctrl-C to stop)");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        stop.await();
        return 0;
    }
}
