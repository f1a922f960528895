package org.diurna.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test void controlCharactersAreEscaped() {
        assertEquals("a\\nb\\rc\\td", Printable.of("a\nb\rc\td"));
        assertEquals("\\x1b[31mred\\x1b[0m", Printable.of("\u001b[31mred\u001b[0m"));
        assertEquals("bell\\x07 del\\x7f nul\\x00", Printable.of("bell\u0007 del\u007f nul\u0000"));
        assertEquals("csi\\u009b", Printable.of("csi\u009b"));
    }

    @Test void bidiOverridesAreEscaped() {
        // "report\u202Etxt.exe" shows as "reportexe.txt" on a terminal that honours the override
        assertEquals("report\\u202etxt.exe", Printable.of("report\u202Etxt.exe"));
        assertEquals("\\u2066x\\u2069 \\u200f \\u2028", Printable.of("\u2066x\u2069 \u200F \u2028"));
    }

    @Test void ordinaryTextIsUntouched() {
        String s = "Élysée : « Alep » — 東京, القاهرة, Ελλάδα \\ 50%";
        assertSame(s, Printable.of(s));
    }
}
