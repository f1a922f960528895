package org.diurna.time.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.diurna.model.Timex;
import org.junit.jupiter.api.Test;

class TmlDocumentTest {

    private static TmlDocument sample() throws Exception {
        try (InputStream in = TmlDocumentTest.class.getResourceAsStream("/time/sample.tml")) {
            return TmlDocument.read(in, "sample");
        }
    }

    @Test void stripsTagsAndKeepsGoldOffsets() throws Exception {
        TmlDocument d = sample();
        assertEquals("sample-2016-11-30", d.id());
        assertEquals(LocalDate.of(2016, 11, 30), d.dct());
        assertTrue(d.text().contains("Le ministre est attendu jeudi à Paris & à Lyon. Il l'a annoncé la veille"), d.text());
        assertEquals(3, d.timexes().size(), "the creation-time TIMEX3 is not gold");
        for (Timex t : d.timexes()) assertEquals(t.text(), d.text().substring(t.start(), t.end()));
        Timex veille = d.timexes().get(1);
        assertEquals("la veille", veille.text());
        assertEquals("DATE", veille.type());
        assertEquals("2016-11-29", veille.value());
        assertEquals("gold:t2", veille.rule());
        assertEquals("PXD", d.timexes().get(2).value());
    }

    @Test void documentWithoutCreationTime() {
        String tml = "<TimeML><TEXT>Il part <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"XXXX-WXX-4\">jeudi</TIMEX3>.</TEXT></TimeML>";
        TmlDocument d = TmlDocument.read(new ByteArrayInputStream(tml.getBytes(StandardCharsets.UTF_8)), "x");
        assertEquals("x", d.id());
        assertNull(d.dct());
        assertEquals("Il part jeudi.", d.text());
        assertEquals(8, d.timexes().get(0).start());
    }

    @Test void creationTimeInCompactForm() {
        assertEquals(LocalDate.of(1999, 5, 17), TmlDocument.date("19990517"));
        assertEquals(LocalDate.of(1999, 5, 17), TmlDocument.date("1999-05-17T10:00"));
        assertNull(TmlDocument.date("PRESENT_REF"));
    }

    @Test void brokenXmlIsReported() {
        byte[] bad = "<TimeML><TEXT>x</TIMEX3></TimeML>".getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> TmlDocument.read(new ByteArrayInputStream(bad), "bad"));
    }
}
