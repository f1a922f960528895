package org.diurna.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.diurna.ingest.internal.JsonArticles;

/** JSON lines and JSON documents: any line, any value, any bytes are an article or a problem. */
class JsonFuzzTest {
    private static Path dir;

    @BeforeContainer static void folder() {
        dir = Fuzz.folder();
    }

    @AfterContainer static void clean() throws IOException {
        Fuzz.delete(dir);
    }

    /** JSON values of every kind, deep ones included, in the fields an article object may have. */
    @Provide Arbitrary<String> objects() {
        Arbitrary<String> scalar = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30).map(JsonFuzzTest::quote),
                Arbitraries.of("null", "true", "0", "-1e999", "1.5", "\"\"", "\" \"", "\"2016-11-30\"",
                        "\"2016-02-30T25:00:00Z\"", "\"+999999999-12-31\"", "\"javascript:alert(1)\"",
                        "\"https://example.org/a\"", "\"<p>" + HtmlFuzzTest.SENTENCE + "</p>\"",
                        quote(HtmlFuzzTest.SENTENCE), "[]", "{}", "[[[[[[[[[[]]]]]]]]]]"));
        Arbitrary<String> field = Arbitraries.of("url", "title", "text", "html", "published", "outlet", "language",
                "other", "");
        Arbitrary<String> member = net.jqwik.api.Combinators.combine(field, scalar).as((k, v) -> quote(k) + ":" + v);
        return member.list().ofMaxSize(8).map(m -> "{" + String.join(",", m) + "}");
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    @Provide Arbitrary<String> lines() {
        return Arbitraries.oneOf(objects(), Arbitraries.strings().ofMaxLength(60),
                objects().map(o -> o.substring(0, o.length() / 2)));
    }

    @Property(tries = 600) void aLineIsAnArticleOrAProblem(@ForAll("lines") String line) {
        Input in = Fuzz.within(() -> JsonArticles.parse(line, "f.jsonl#1", "jsonl", Fuzz.SMALL));
        Fuzz.wellFormed(in);
        assertEquals("f.jsonl#1", in.source());
    }

    @Property(tries = 150) void aJsonLinesFileIsReadToItsEnd(@ForAll("files") byte[] bytes) {
        List<Input> in = Fuzz.readAll(Fuzz.file(dir, "f.jsonl", bytes), Fuzz.SMALL);
        long lines = new String(bytes, StandardCharsets.ISO_8859_1).lines().count();
        assertTrue(in.size() <= lines + 1, "one input per line at most, or one for the file");
    }

    @Property(tries = 150) void aJsonDocumentIsReadToItsEnd(@ForAll("files") byte[] bytes) {
        Fuzz.readAll(Fuzz.file(dir, "f.json", bytes), Fuzz.SMALL);
    }

    /** Lines of JSON, of anything, of bytes that are not UTF-8, joined by LF or CRLF, gzip-spoiled or not. */
    @Provide Arbitrary<byte[]> files() {
        Arbitrary<byte[]> line = Arbitraries.oneOf(lines().map(l -> l.getBytes(StandardCharsets.UTF_8)),
                Fuzz.bytes(40));
        Arbitrary<byte[]> joined = line.list().ofMaxSize(12).map(ls -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < ls.size(); i++) {
                out.writeBytes(ls.get(i));
                out.writeBytes(i % 3 == 2 ? "\r\n".getBytes(StandardCharsets.US_ASCII) : new byte[] {'\n'});
            }
            return out.toByteArray();
        });
        return Arbitraries.oneOf(joined, joined.map(b -> concat("[".getBytes(StandardCharsets.US_ASCII), b)),
                joined.map(b -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Example void tenThousandNestedArraysAndAHugeLine() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        String deepObject = "{\"text\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_001);
        String huge = "{\"text\":\"" + "x".repeat(100_000) + "\"}";
        Path file = Fuzz.file(dir, "hostile.jsonl", String.join("\n", deep, deepObject, huge,
                "{\"text\":\"" + HtmlFuzzTest.SENTENCE + "\"}").getBytes(StandardCharsets.UTF_8));
        List<Input> in = Fuzz.readAll(file, new IngestOptions(null, 99_000));
        assertEquals(4, in.size(), in::toString);
        assertEquals("malformed", in.get(0).problem().code());
        assertEquals("too-large", in.get(2).problem().code());
        assertEquals(HtmlFuzzTest.SENTENCE, in.get(3).article().text());
        assertEquals("malformed", Fuzz.readAll(Fuzz.file(dir, "deep.json", deep.getBytes(StandardCharsets.US_ASCII)),
                IngestOptions.defaults()).get(0).problem().code());
    }
}
