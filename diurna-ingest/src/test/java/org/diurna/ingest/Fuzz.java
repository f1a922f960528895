package org.diurna.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.diurna.ingest.internal.Readers;
import org.diurna.ingest.internal.Records;
import org.diurna.model.Problem;
import org.diurna.model.WebUrl;

/**
 * What the fuzz suites share: the contract every reader keeps whatever its input (an article or a problem, never an
 * exception, never a hang), the readers called directly (without {@link Sources}' last-resort net, which would hide
 * a reader's crash as a problem), and generators of hostile bytes.
 */
final class Fuzz {
    /** Far more than any input here needs: a try over it is a hang. */
    static final Duration BOUND = Duration.ofSeconds(20);
    /** The codes of org.diurna.ingest.internal.Problems and TextInput: a reader's only ways to say no. */
    static final Set<String> CODES = Set.of("not-found", "unsupported-format", "unreadable", "truncated", "malformed",
            "too-large", "empty", "binary", "encoding");
    /** A small article limit, so that "too large" is reached by generated inputs too. */
    static final IngestOptions SMALL = new IngestOptions(null, 4096);

    private Fuzz() {}

    /** {@code work} run in a bounded time; its exceptions and errors (StackOverflowError included) propagate. */
    static <T> T within(Supplier<T> work) {
        return assertTimeoutPreemptively(BOUND, work::get, "a hang");
    }

    /** Every input of {@code file} as its format's reader gives them, each checked by {@link #wellFormed}. */
    static List<Input> readAll(Path file, IngestOptions opts) {
        List<Input> all = within(() -> {
            List<Input> out = new ArrayList<>();
            try (Records r = Readers.open(file, file.toString(), opts)) {
                while (r.hasNext()) {
                    out.add(r.next());
                    if (out.size() > 100_000) throw new AssertionError("a reader that does not end");
                }
            }
            return out;
        });
        all.forEach(Fuzz::wellFormed);
        return all;
    }

    /** Exactly one of article and problem; a problem has a known code, a place and a sentence; URLs are web URLs. */
    static void wellFormed(Input in) {
        assertNotNull(in);
        assertTrue(in.ok() != (in.problem() != null), () -> "article xor problem: " + in);
        assertNotNull(in.source());
        if (in.ok()) {
            assertFalse(in.article().text().isEmpty(), "an article has a text");
            String url = in.article().url();
            assertTrue(url == null || WebUrl.isWeb(url), () -> "not a web URL: " + url);
            for (Problem w : in.warnings()) assertEquals(WebUrl.PROBLEM, w.code());
        } else {
            Problem p = in.problem();
            assertTrue(CODES.contains(p.code()), () -> "unknown problem code: " + p);
            assertTrue(p.where() != null && !p.where().isEmpty(), () -> "a problem says where: " + p);
            assertTrue(p.detail() != null && !p.detail().isBlank(), () -> "a problem says why: " + p);
        }
    }

    /** A folder for one suite's files, removed by {@link #delete} once the suite is done. */
    static Path folder() {
        try {
            return Files.createTempDirectory("diurna-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) throws IOException {
        if (dir == null) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** {@code bytes} as a file called {@code name} in a fresh folder under {@code dir}. */
    static Path file(Path dir, String name, byte[] bytes) {
        try {
            Path d = Files.createTempDirectory(dir, "try");
            return Files.write(d.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Arbitrary<byte[]> bytes(int max) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(max);
    }

    /**
     * {@code seed} spoiled the ways files get spoiled: bytes overwritten, bytes inserted, the end cut off; or a
     * cut alone, or a few bits flipped.
     */
    static Arbitrary<byte[]> spoiled(byte[] seed) {
        Arbitrary<int[]> edits = Arbitraries.integers().between(0, seed.length - 1).array(int[].class).ofMaxSize(8);
        Arbitrary<byte[]> noise = bytes(16);
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, seed.length);
        Arbitrary<byte[]> edited = Combinators.combine(edits, noise, cut).as((at, with, end) -> {
            byte[] b = seed.clone();
            for (int i = 0; i < at.length; i++) {
                if (i % 2 == 0 || with.length == 0) b[at[i]] ^= (byte) (1 << (at[i] % 8));
                else b = insert(b, Math.min(at[i], b.length), with);
            }
            return Arrays.copyOf(b, Math.min(b.length, end + with.length));
        });
        Arbitrary<byte[]> truncated = cut.map(end -> Arrays.copyOf(seed, end));
        return Arbitraries.oneOf(edited, truncated);
    }

    private static byte[] insert(byte[] b, int at, byte[] with) {
        byte[] out = new byte[b.length + with.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(with, 0, out, at, with.length);
        System.arraycopy(b, at, out, at + with.length, b.length - at);
        return out;
    }
}
