package org.diurna.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebUrlTest {
    @Test void httpAndHttpsAddressesAreKeptTrimmed() {
        assertEquals("https://afp.example/2016/11/30/a?x=1#p", WebUrl.orNull("https://afp.example/2016/11/30/a?x=1#p"));
        assertEquals("HTTP://LEMONDE.EXAMPLE/a", WebUrl.orNull("  HTTP://LEMONDE.EXAMPLE/a \n"));
        assertEquals("http://example.org", WebUrl.orNull("http://example.org"));
    }

    @Test void everyOtherSchemeOrNoAddressIsDropped() {
        for (String hostile : List.of("javascript:alert(1)", "JavaScript:alert(document.cookie)",
                "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "vbscript:msgbox",
                "=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd", "@SUM(A1)", "http://", "https:///path",
                "http:/one.slash", "//protocol.relative/a", "afp.example/a", "http://a b.example/",
                "http://x.example/\u0000javascript:alert(1)", "")) {
            assertFalse(WebUrl.isWeb(hostile), hostile);
            assertNull(WebUrl.orNull(hostile), hostile);
        }
        assertNull(WebUrl.orNull(null));
    }

    @Test void theProblemNamesTheUrlOnOneReadableLine() {
        Problem p = WebUrl.dropped("feed.xml#3", "javascript:alert(1)\n=1+1");
        assertEquals("url", p.code());
        assertEquals("feed.xml#3", p.where());
        assertTrue(p.detail().contains("javascript:alert(1)?=1+1"), p.detail());
        String long_ = "data:" + "A".repeat(500);
        assertTrue(WebUrl.dropped("x", long_).detail().length() < 200);
    }
}
