package org.diurna;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the read-only shared folder (reference dispatch, evaluation sets) is: -Ddiurna.shared, else ../shared. A test
 * whose shared data is missing is skipped on a developer's machine, and FAILS under CI=true: a headline gate must never
 * turn into a silent skip.
 */
public final class Shared {
    private Shared() {}

    public static Path root() {
        String p = System.getProperty("diurna.shared");
        if (p != null && !p.isBlank() && !p.startsWith("${")) return Path.of(p);
        for (Path up = Path.of("").toAbsolutePath(); up != null; up = up.getParent()) {
            Path s = up.resolveSibling("shared");
            if (Files.isDirectory(s.resolve("reference"))) return s;
        }
        return Path.of("../shared");
    }

    /** A file or folder of the shared folder; fails under CI=true, else skips, when it is absent. */
    public static Path file(String relative) {
        Path f = root().resolve(relative);
        if (!Files.isRegularFile(f) && !Files.isDirectory(f)) {
            String why = "shared file absent: " + f + " (set -Ddiurna.shared=/path/to/shared)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(why + " — required under CI=true");
            assumeTrue(false, why);
        }
        return f;
    }

    public static final String REFERENCE_TEXT = "reference/afp-2016-11-30-alep.fr.txt";
    public static final String REFERENCE_GOLD = "reference/afp-2016-11-30-alep.reading.json";
    public static final String WIKINEWS_GOLD = "eval/wikinews-fr/gold";
    public static final String WIKINEWS_TEXTS = "eval/wikinews-fr/articles";
}
