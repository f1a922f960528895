package org.diurna.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link TextInput#decode}: any bytes are a text or a problem, and a UTF-8 text decodes to itself. */
class TextInputFuzzTest {
    private static final Set<String> CODES = Set.of("empty", "too-large", "binary", "encoding");
    private static final int MAX = 4096;

    private static TextInput.Result decode(byte[] bytes) {
        TextInput.Result r = Fuzz.within(() -> TextInput.decode(bytes, "fuzz.txt", MAX));
        assertTrue(r.ok() == (r.text() != null), r::toString);
        if (!r.ok()) {
            assertTrue(CODES.contains(r.problem().code()), r::toString);
            assertEquals("fuzz.txt", r.problem().where());
        }
        return r;
    }

    /** Text as people write it: any code point but the C0 controls other than tab and line breaks. */
    @Provide Arbitrary<String> texts() {
        Arbitrary<Integer> cp = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0x20, 0x7E)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0xA0, 0xFFFF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0x09, 0x0A, 0x0D)));
        return cp.filter(c -> c < 0xD800 || c > 0xDFFF).list().ofMinSize(1).ofMaxSize(300).map(l -> {
            StringBuilder b = new StringBuilder();
            l.forEach(b::appendCodePoint);
            return b.toString();
        });
    }

    @Property(tries = 500) void anyBytesAreATextOrAProblem(@ForAll("bytes") byte[] bytes) {
        decode(bytes);
    }

    @Provide Arbitrary<byte[]> bytes() {
        return Arbitraries.oneOf(Fuzz.bytes(MAX + 10),
                texts().map(t -> t.getBytes(StandardCharsets.UTF_8)).flatMap(Fuzz::spoiled));
    }

    @Property(tries = 500) void utf8TextDecodesToItself(@ForAll("texts") String text) {
        Assume.that(!text.isBlank() && !text.startsWith("\uFEFF"));
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        Assume.that(utf8.length <= MAX);
        assertEquals(text, decode(utf8).text());
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        Assume.that(bom.length <= MAX);
        assertEquals(text, decode(bom).text(), "a UTF-8 byte order mark is not part of the text");
    }

    /**
     * UTF-16 with its byte order mark: another change gives this a better diagnosis (or reads it), so this only
     * asks for no crash, and a text that is the one written when it is read.
     */
    @Property(tries = 200) void utf16WithABomIsNeverACrash(@ForAll("texts") String text, @ForAll boolean little) {
        Assume.that(!text.isBlank());
        byte[] b = ("\uFEFF" + text).getBytes(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        Assume.that(b.length <= MAX);
        TextInput.Result r = decode(b);
        if (r.ok()) assertEquals(text, r.text());
    }

    @Example void aHugeSingleLineWithoutSpaces() {
        String line = "x".repeat(1_999_999);
        byte[] b = line.getBytes(StandardCharsets.US_ASCII);
        assertEquals(line, Fuzz.within(() -> TextInput.decode(b, "line.txt", TextInput.DEFAULT_MAX_BYTES)).text());
        byte[] over = (line + "xy").getBytes(StandardCharsets.US_ASCII);
        TextInput.Result r = TextInput.decode(over, "line.txt", TextInput.DEFAULT_MAX_BYTES);
        assertNull(r.text());
        assertEquals("too-large", r.problem().code());
    }

    @Example void emptyWhiteAndControlInputsAreProblems() {
        assertEquals("empty", decode(new byte[0]).problem().code());
        assertEquals("empty", decode(" \n\t\r\n".getBytes(StandardCharsets.US_ASCII)).problem().code());
        assertEquals("empty", decode("\uFEFF".getBytes(StandardCharsets.UTF_8)).problem().code());
        assertNotNull(decode("\u0001\u0002\u0003 abc".getBytes(StandardCharsets.US_ASCII)).problem());
    }
}
