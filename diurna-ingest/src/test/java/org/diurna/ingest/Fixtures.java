package org.diurna.ingest;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test fixtures under src/test/resources/ingest, and reading helpers. */
final class Fixtures {
    private Fixtures() {}

    static Path path(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/ingest/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Input> read(IngestOptions opts, Object... args) {
        List<String> names = Stream.of(args).map(Object::toString).toList();
        try (Stream<Input> s = Sources.open(names, opts)) {
            return s.toList();
        }
    }

    static List<Input> read(Object... args) {
        return read(IngestOptions.defaults(), args);
    }

    static Input only(List<Input> inputs) {
        if (inputs.size() != 1) throw new AssertionError("expected one input, got " + inputs);
        return inputs.get(0);
    }
}
