package org.diurna.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.diurna.ingest.internal.Dates;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate NOV30 = LocalDate.of(2016, 11, 30);

    @Test void isoDatesAndDateTimesKeepTheWrittenDay() {
        assertEquals(NOV30, Dates.iso("2016-11-30"));
        assertEquals(NOV30, Dates.iso("2016-11-30T23:30:00-05:00"));
        assertEquals(NOV30, Dates.iso(" 2016-11-30 08:00 "));
        assertNull(Dates.iso("30/11/2016"));
        assertNull(Dates.iso("2016-02-30"));
        assertNull(Dates.iso("2016-11-30garbage"));
    }

    @Test void pagesAndFeedsWriteDatesInMoreWays() {
        assertEquals(NOV30, Dates.parse("Wed, 30 Nov 2016 10:00:00 +0100"));
        assertEquals(NOV30, Dates.parse("30 November 2016"));
        assertEquals(NOV30, Dates.parse("2016/11/30"));
        assertEquals(NOV30, Dates.parse("20161130"));
        assertNull(Dates.parse("hier"));
        assertNull(Dates.parse("31 Nov 2016"));
    }

    @Test void datesInUrls() {
        assertEquals(NOV30, Dates.fromUrl("https://x.example/politique/2016/11/30/titre-article"));
        assertEquals(NOV30, Dates.fromUrl("https://x.example/titre-2016-11-30-123.html"));
        assertNull(Dates.fromUrl("https://x.example/article/123456789"));
        assertNull(Dates.fromUrl("https://x.example/2016/13/45/"));
    }
}
