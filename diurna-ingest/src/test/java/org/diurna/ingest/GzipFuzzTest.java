package org.diurna.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** A gzip-compressed input of any format, cut short anywhere: what came before is kept, and a problem says so. */
class GzipFuzzTest {
    private static final String S = HtmlFuzzTest.SENTENCE;
    /** One small valid file per format, by name. */
    private static final List<Tuple.Tuple2<String, String>> FILES = List.of(
            Tuple.of("a.txt.gz", S + "\n\n" + S),
            Tuple.of("a.jsonl.gz", ("{\"text\":\"" + S + "\"}\n").repeat(3)),
            Tuple.of("a.json.gz", "[{\"text\":\"" + S + "\"},{\"text\":\"" + S + "\"}]"),
            Tuple.of("a.html.gz", "<html><body><article><p>" + S + "</p></article></body></html>"),
            Tuple.of("a.rss.gz", "<rss><channel><item><title>Un</title><description>" + S
                    + "</description></item></channel></rss>"),
            Tuple.of("a.xml.gz", "<?xml version=\"1.0\"?><feed><entry><title>Un</title><summary>" + S
                    + "</summary></entry></feed>"));
    private static Path dir;

    @BeforeContainer static void folder() {
        dir = Fuzz.folder();
    }

    @AfterContainer static void clean() throws IOException {
        Fuzz.delete(dir);
    }

    @Provide Arbitrary<Tuple.Tuple2<String, byte[]>> cutFiles() {
        return Arbitraries.of(FILES).flatMap(f -> {
            byte[] gz = WarcFuzzTest.gzip(f.get2().getBytes(StandardCharsets.UTF_8));
            return Arbitraries.integers().between(0, gz.length - 1).map(cut -> Tuple.of(f.get1(),
                    Arrays.copyOf(gz, cut)));
        });
    }

    @Property(tries = 300) void aGzipFileCutShortIsAProblem(@ForAll("cutFiles") Tuple.Tuple2<String, byte[]> file) {
        String name = file.get1();
        String text = FILES.stream().filter(f -> f.get1().equals(name)).findFirst().orElseThrow().get2();
        List<Input> whole = Fuzz.readAll(Fuzz.file(dir, name, WarcFuzzTest.gzip(text.getBytes(StandardCharsets.UTF_8))),
                Fuzz.SMALL);
        assertTrue(whole.stream().allMatch(Input::ok), whole::toString);
        List<Input> in = Fuzz.readAll(Fuzz.file(dir, name, file.get2()), Fuzz.SMALL);
        assertTrue(in.stream().anyMatch(i -> !i.ok()), () -> name + " cut at " + file.get2().length + ": " + in);
        List<String> read = in.stream().filter(Input::ok).map(i -> i.article().text()).toList();
        assertEquals(whole.subList(0, read.size()).stream().map(i -> i.article().text()).toList(), read,
                "what is read before the cut is what the whole file says");
    }

}
