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
}
