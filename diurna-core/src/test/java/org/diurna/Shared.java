package org.diurna;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the read-only shared folder (reference dispatch, evaluation sets) is: -Ddiurna.shared, else ../shared. */
public final class Shared {
    private Shared() {}

    public static Path root() {
        String p = System.getProperty("diurna.shared");
        if (p != null) return Path.of(p);
        for (Path up = Path.of("").toAbsolutePath(); up != null; up = up.getParent()) {
            Path s = up.resolveSibling("shared");
            if (Files.isDirectory(s.resolve("reference"))) return s;
        }
        return Path.of("../shared");
    }

    /** A file of the shared folder; the test is skipped, saying why, when the folder is absent. */
    public static Path file(String relative) {
        Path f = root().resolve(relative);
        assumeTrue(Files.isRegularFile(f) || Files.isDirectory(f), "shared file absent: " + f
                + " (set -Ddiurna.shared=/path/to/shared)");
        return f;
    }

    public static final String REFERENCE_TEXT = "reference/afp-2016-11-30-alep.fr.txt";
    public static final String REFERENCE_GOLD = "reference/afp-2016-11-30-alep.reading.json";
}
