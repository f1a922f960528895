package org.diurna.export;

/**
 * The one rule for writing a text cell into a CSV or TSV export; every such writer goes through {@link #text}.
 *
 * <p>Why: spreadsheets (Excel, LibreOffice, Google Sheets) evaluate a cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @} as a formula, and some skip a leading tab or carriage return before looking. An article's
 * URL, outlet and title, and the names read from its text, are written by whoever published the page, so a title
 * {@code =HYPERLINK("http://evil.example","click")} would become a live formula in the analyst's spreadsheet (CSV
 * injection, OWASP). Such a cell is prefixed with an apostrophe, which spreadsheets take as "this is text" and do
 * not display. Numbers the export computes itself (a GoldsteinScale of -10, a longitude of -3.7) are not text cells
 * and must not come here: they are written as they are, so that they stay numbers.
 */
public final class CsvCells {
    /** What OWASP lists as formula starts, plus the line feed that {@link #text} turns into leading white space. */
    private static final String FORMULA_START = "=+-@\t\r\n";

    private CsvCells() {}

    /**
     * A text value as a cell: "" for null, runs of tabs and line breaks as one space (a row always keeps its
     * columns), and a leading apostrophe when the value would start a formula.
     */
    public static String text(String value) {
        if (value == null) return "";
        String cell = value.replaceAll("[\\t\\r\\n]+", " ");
        return startsFormula(value) ? "'" + cell : cell;
    }

    /** Whether a spreadsheet would read {@code value} as a formula. */
    public static boolean startsFormula(String value) {
        return value != null && !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0;
    }
}
