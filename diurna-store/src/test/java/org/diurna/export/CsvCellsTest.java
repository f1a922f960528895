package org.diurna.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvCellsTest {
    @Example void owaspFormulaStartsGetAnApostrophe() {
        String link = "=HYPERLINK(\"http://evil.example\",\"x\")";
        assertEquals("'" + link, CsvCells.text(link));
        assertEquals("'+1+1", CsvCells.text("+1+1"));
        assertEquals("'-1+1", CsvCells.text("-1+1"));
        assertEquals("'@SUM(A1)", CsvCells.text("@SUM(A1)"));
        assertEquals("' =1+1", CsvCells.text("\t=1+1"), "a leading tab: neutralised, then a space");
        assertEquals("' =1+1", CsvCells.text("\r=1+1"));
        assertEquals("' =1+1", CsvCells.text("\n=1+1"));
    }

    @Example void otherTextIsOnlyKeptOnOneLine() {
        assertEquals("Recep Tayyip Erdogan", CsvCells.text("Recep Tayyip Erdogan"));
        assertEquals("a = b", CsvCells.text("a = b"));
        assertEquals("https://afp.example/a?x=-1", CsvCells.text("https://afp.example/a?x=-1"));
        assertEquals("two lines then a tab", CsvCells.text("two lines\r\nthen a\ttab"));
        assertEquals("", CsvCells.text(null));
        assertEquals("", CsvCells.text(""));
    }

    @Provide Arbitrary<String> cells() {
        // formula starts and separators are frequent, so that every branch is hit many times
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("=+-@\t\r\n a1(\"').,|!").ofMaxLength(12));
    }

    @Property(tries = 1000) void aCellIsOneSafeFieldThatStillSaysTheSame(@ForAll("cells") String value) {
        String cell = CsvCells.text(value);
        assertFalse(CsvCells.startsFormula(cell), cell);
        assertFalse(cell.contains("\t") || cell.contains("\r") || cell.contains("\n"), cell);
        String said = value.replaceAll("[\\t\\r\\n]+", " ");
        assertEquals(said, cell.startsWith("'") && CsvCells.startsFormula(value) ? cell.substring(1) : cell);
        assertTrue(cell.length() <= value.length() + 1);
    }
}
