package org.diurna.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reader for Diurna's versioned knowledge files: UTF-8, tab-separated, '#' comment lines, a header line naming the
 * columns, '|' between alternatives inside a cell. A malformed row fails loudly with file and line, because a
 * dictionary silently missing rows is worse than one that does not load.
 */
public final class Tsv {
    /** One data row, with its line number for error messages. */
    public record Row(String file, int line, Map<String, String> cells) {
        /** The cell, trimmed; "" when empty. */
        public String get(String column) {
            String v = cells.get(column);
            if (v == null) throw new IllegalArgumentException(file + ": no column '" + column + "'");
            return v.trim();
        }

        /** The '|'-separated alternatives of a cell, trimmed, empty ones dropped. */
        public List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) return List.of();
            return Arrays.stream(v.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        /** The cell or null when empty. */
        public String opt(String column) {
            String v = get(column);
            return v.isEmpty() ? null : v;
        }
    }

    private Tsv() {}

    /** Reads a classpath resource next to {@code anchor}; requires the given columns in the header. */
    public static List<Row> read(Class<?> anchor, String resource, String... required) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("knowledge file missing from classpath: " + resource);
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), required);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #read}, but an absent resource is an empty list (knowledge a language does not have yet). */
    public static List<Row> readOptional(Class<?> anchor, String resource, String... required) {
        if (anchor.getResource(resource) == null) return List.of();
        return read(anchor, resource, required);
    }

    public static List<Row> parse(String file, BufferedReader r, String... required) throws IOException {
        List<Row> rows = new ArrayList<>();
        String[] header = null;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                for (String col : required) {
                    if (!Arrays.asList(header).contains(col)) {
                        throw new IllegalStateException(file + ": header lacks column '" + col + "'");
                    }
                }
                continue;
            }
            if (cells.length != header.length) {
                throw new IllegalStateException(file + " line " + n + ": " + cells.length + " cells, header has "
                        + header.length);
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) m.put(header[i], cells[i]);
            rows.add(new Row(file, n, m));
        }
        if (header == null) throw new IllegalStateException(file + ": no header line");
        return rows;
    }
}
