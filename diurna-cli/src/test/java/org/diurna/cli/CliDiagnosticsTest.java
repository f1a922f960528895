package org.diurna.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diurna.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What the command line says when something the person can fix stops it (exit code 1 and the fix on one line, never
 * "internal error"), and that input it prints is escaped. No models: nothing here reads an article.
 */
class CliDiagnosticsTest {
    @TempDir static Path dir;
    static Path served;
    static Process server;
    static int port;

    /** A real `diurna serve` in another JVM, holding its database and its port, as a user's server would. */
    @BeforeAll static void startServer() throws Exception {
        served = dir.resolve("served");
        EventStore.open(served).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--db", served.toString(), "--port", "0").redirectErrorStream(true).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern url = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");
        StringBuilder seen = new StringBuilder();
        for (String line; (line = r.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = url.matcher(line);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
                return;
            }
        }
        throw new AssertionError("the server did not start:\n" + seen);
    }

    @AfterAll static void stopServer() throws InterruptedException {
        if (server == null) return;
        server.destroy();
        if (!server.waitFor(20, TimeUnit.SECONDS)) server.destroyForcibly().waitFor();
    }

    static void assertOneLineFix(CliIT.Run r, String... parts) {
        assertEquals(Main.REJECTED, r.code(), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        for (String p : parts) assertTrue(r.err().contains(p), "missing '" + p + "' in " + r.err());
    }

    @Test void aDatabaseHeldByARunningServerIsSaidWithItsFix() {
        String db = served.toAbsolutePath().resolve(EventStore.FILE).toString();
        CliIT.Run events = CliIT.run(null, "events", "--db", served.toString());
        assertOneLineFix(events, "diurna: the database " + db + " is in use by another process (PID "
                + server.pid() + ": a running `diurna serve`?): stop it, or use another --db");
        // ingest, the other writer, is stopped the same way, before it reads anything
        assertOneLineFix(CliIT.run(null, "ingest", "--db", served.toString(), dir.toString()), "is in use",
                "use another --db");
        // search opens the database first (to bring the search index in line with it), which the server holds
        assertOneLineFix(CliIT.run(null, "search", "--db", served.toString(), "Alep"), "the database " + db,
                "is in use by another process");
    }

    @Test void aPortInUseIsSaidWithItsFix() throws Exception {
        Path other = dir.resolve("other");
        EventStore.open(other).close();
        CliIT.Run r = CliIT.run(null, "serve", "--db", other.toString(), "--port", String.valueOf(port));
        assertOneLineFix(r, "diurna: cannot listen on 127.0.0.1:" + port + ": Address already in use (another "
                + "`diurna serve`?): stop it, or choose another --port");
        // the refused server let its database and search index go: this process may open them again
        CliIT.Run search = CliIT.run(null, "search", "--db", other.toString(), "Alep");
        assertEquals(0, search.code(), search.err());
    }

    @Test void anEmptyTokenIsRefusedWithItsFix() {
        Path other = dir.resolve("token");
        EventStore.open(other).close();
        assertOneLineFix(CliIT.run(null, "serve", "--db", other.toString(), "--port", "0", "--token", ""),
                "--token is empty", "leave --token out");
        assertOneLineFix(CliIT.run(null, "serve", "--db", other.toString(), "--port", "0", "--token", "  "),
                "--token is empty");
    }

    @Test void aGenuineBugIsStillAnInternalError() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main()).setErr(new PrintWriter(err, true));
        int code = new ErrorHandler().handleExecutionException(new IllegalStateException("a bug"), cl, null);
        assertEquals(Main.INTERNAL, code);
        assertTrue(err.toString().contains("internal error: java.lang.IllegalStateException: a bug"), err.toString());
        assertTrue(err.toString().contains("Please report it"), err.toString());
    }

    @Test void fileNamesArePrintedEscaped() throws Exception {
        // a newline would forge a line, ESC[2J would clear the screen, U+202E would show "txt.exe" as "exe.txt"
        Path hostile = Files.write(dir.resolve("a\nb\u001b[2J\u202Etxt.exe.txt"), new byte[0]);
        CliIT.Run r = CliIT.run(null, "read", hostile.toString());
        assertEquals(Main.REJECTED, r.code(), r.err());
        String shown = dir.toString() + "/a\\nb\\x1b[2J\\u202etxt.exe.txt";
        assertEquals("diurna: " + shown + ": the input is empty [empty]\n", r.err());
    }
}
