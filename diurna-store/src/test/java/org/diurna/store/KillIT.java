package org.diurna.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL (kill -9) at arbitrary points and then run again ends with exactly the tables of a
 * run never interrupted, timestamps aside: each article is one transaction, and re-adding a stored one is a no-op.
 */
class KillIT {
    static final int ARTICLES = 240;

    @Test void killedIngestResumesToTheSameTables(@TempDir Path tmp) throws Exception {
        Path clean = tmp.resolve("clean");
        try (EventStore s = EventStore.open(clean)) {
            Fixtures.stream(ARTICLES).forEach(s::addArticle);
        }
        Path killed = tmp.resolve("killed");
        int kills = 0;
        for (int round = 1; round <= 3; round++) {
            if (killAfter(killed, 15 * round)) kills++;
        }
        assertTrue(kills > 0, "the child was never killed before it finished");
        try (EventStore s = EventStore.open(killed)) {
            assertTrue(s.nextSeq() > 1 && s.nextSeq() <= ARTICLES, "resumes partway: " + s.nextSeq());
            Fixtures.stream(ARTICLES).forEach(s::addArticle);
        }
        Map<String, List<String>> expected = Snapshot.of(clean, false);
        assertEquals(ARTICLES, expected.get("articles").size());
        assertEquals(expected, Snapshot.of(killed, false));
    }

    /** Runs the child until it has committed {@code commits} more articles, then kills it; false if it finished. */
    static boolean killAfter(Path db, int commits) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), db.toString(), String.valueOf(ARTICLES)).redirectErrorStream(true)
                .start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.equals("done")) break;
                if (line.startsWith("added ") && ++seen >= commits) {
                    p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no checkpoint, no rollback
                    p.waitFor(30, TimeUnit.SECONDS);
                    return true;
                }
                if (!line.startsWith("added ")) throw new AssertionError("child: " + line);
            }
        }
        p.waitFor(30, TimeUnit.SECONDS);
        return false;
    }
}
