package org.diurna.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextInputTest {
    private static String code(byte[] b, int max) {
        TextInput.Result r = TextInput.decode(b, "f", max);
        return r.ok() ? "ok" : r.problem().code();
    }

    @Test void badInputsAreNamed() {
        assertEquals("empty", code(new byte[0], 100));
        assertEquals("empty", code("  \n ".getBytes(StandardCharsets.UTF_8), 100));
        assertEquals("binary", code(new byte[] {'P', 'K', 3, 4, 0, 0}, 100));
        assertEquals("encoding", code(new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'}, 100));
        assertEquals("too-large", code(new byte[101], 100));
        assertEquals("ok", code("Le président a parlé.".getBytes(StandardCharsets.UTF_8), 100));
    }

    @Test void messagesSayWhatToDo() {
        TextInput.Result r = TextInput.decode(new byte[] {(byte) 0xE9}, "a.txt", 100);
        assertTrue(r.problem().detail().contains("UTF-8"));
        assertEquals("a.txt", r.problem().where());
    }

    @Test void byteOrderMarkIsDropped() {
        byte[] b = "\uFEFFBonjour".getBytes(StandardCharsets.UTF_8);
        assertEquals("Bonjour", TextInput.decode(b, "f", 100).text());
    }
    private static byte[] withMark(byte[] mark, String text, java.nio.charset.Charset cs) {
        byte[] t = text.getBytes(cs);
        byte[] b = java.util.Arrays.copyOf(mark, mark.length + t.length);
        System.arraycopy(t, 0, b, mark.length, t.length);
        return b;
    }

    @Test void utf16WithAByteOrderMarkIsText() {
        String text = "Le président a parlé à l'Élysée.\nDeuxième ligne.";
        byte[] le = withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, text, StandardCharsets.UTF_16LE);
        byte[] be = withMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, text, StandardCharsets.UTF_16BE);
        assertEquals(text, TextInput.decode(le, "le.txt", 1000).text());
        assertEquals(text, TextInput.decode(be, "be.txt", 1000).text());
        // the NUL bytes of UTF-16 are not binary, but a NUL character still is
        assertEquals("binary", code(withMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, "a\0b", StandardCharsets.UTF_16LE),
                100));
        TextInput.Result odd = TextInput.decode(java.util.Arrays.copyOf(le, le.length - 1), "odd.txt", 1000);
        assertEquals("encoding", odd.problem().code());
        assertTrue(odd.problem().detail().startsWith("not UTF-16LE"), odd.problem().detail());
    }

    @Test void invalidUtf8IsLocated() {
        byte[] b = ("Première ligne.\nLe pr" + "x".repeat(1200) + "?sident").getBytes(StandardCharsets.UTF_8);
        int at = b.length - "?sident".length();
        b[at] = (byte) 0xC3; // a lead byte followed by 's', not by a continuation byte
        TextInput.Result r = TextInput.decode(b, "bad.txt", 10_000);
        assertEquals("encoding", r.problem().code());
        assertEquals("not UTF-8: invalid byte 0xC3 at offset " + at + " (line 2); convert it first, e.g. iconv -f "
                + "latin1 -t utf-8", r.problem().detail());
    }
}
