package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Field access and text normalisation shared by the scorers. */
final class Texts {
    private Texts() {}

    /** The trimmed text of {@code node.field}, or "" when the node or the field is missing or null. */
    static String str(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText().trim();
    }

    /** A code field (country, sector, type, PLOVER) upper-cased, "" when missing. */
    static String code(JsonNode node, String field) {
        return str(node, field).toUpperCase(Locale.ROOT);
    }

    /** The child object {@code node.field}, or null when it is missing or not an object. */
    static JsonNode obj(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isObject() ? v : null;
    }

    /** Maps typographic apostrophes to ' and no-break spaces to ' ', one char for one char (offsets are kept). */
    static String apostrophes(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u2019', '\u2018', '\u02BC' -> c[i] = '\'';
                case '\u00A0', '\u202F', '\u2007', '\u2009' -> c[i] = ' ';
                default -> { }
            }
        }
        return new String(c);
    }

    /** Apostrophes mapped, whitespace runs collapsed to one space, trimmed. */
    static String surface(String s) {
        return apostrophes(s).replaceAll("\\s+", " ").trim();
    }

    /** Quote text for comparison: like {@link #surface} with the quotation marks «»“”„‹›" removed. */
    static String quote(String s) {
        return surface(apostrophes(s).replaceAll("[«»“”„‹›\"]", " "));
    }

    /** The reference scorer's comparison form: ’ as ', no-break space as space, whitespace collapsed, lower case. */
    static String norm(String s) {
        if (s == null) return "";
        return s.replace('\u2019', '\'').replace('\u00A0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Lower case, for case-insensitive containment. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Span {start, end} of the first occurrence of {@code needle} in {@code text}, comparing with apostrophes mapped.
     * A needle with "[...]" elisions is found part by part, in order, and spans from the first part to the last.
     * Returns null when it is not found.
     */
    static int[] locate(String text, String needle) {
        if (text == null || needle == null || needle.isBlank()) return null;
        String t = apostrophes(text);
        String[] parts = apostrophes(needle).split("\\s*\\[(\\.\\.\\.|…)\\]\\s*");
        int start = -1;
        int from = 0;
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            int at = t.indexOf(p, from);
            if (at < 0) return null;
            if (start < 0) start = at;
            from = at + p.length();
        }
        return start < 0 ? null : new int[] {start, from};
    }

    /** The evidence span of a produced event: its offsets, else where its evidence text occurs; null if neither. */
    static int[] evidenceSpan(JsonNode event, String text) {
        JsonNode ev = event.get("evidence");
        if (ev == null || ev.isNull()) return null;
        if (ev.isTextual()) return locate(text, ev.asText());
        JsonNode s = ev.get("start");
        JsonNode e = ev.get("end");
        if (s != null && s.canConvertToInt() && e != null && e.canConvertToInt()) return new int[] {s.asInt(), e.asInt()};
        return locate(text, str(ev, "text"));
    }

    /**
     * The sentence around the first occurrence of {@code needle}, as the reference scorer cuts it: from after the last
     * ". " or line break before it to the next ". " or line break after its start. Null when it is not in the text.
     */
    static int[] sentenceAround(String text, String needle) {
        if (text == null || needle == null || needle.isEmpty()) return null;
        int i = text.indexOf(needle);
        if (i < 0) i = text.replace('\u2019', '\'').indexOf(needle.replace('\u2019', '\''));
        if (i < 0) return null;
        int s = Math.max(text.lastIndexOf(". ", i - 2), text.lastIndexOf("\n", i - 1)) + 1;
        int e = text.length();
        int dot = text.indexOf(". ", i);
        int nl = text.indexOf("\n", i);
        if (dot >= 0) e = Math.min(e, dot);
        if (nl >= 0) e = Math.min(e, nl);
        return new int[] {s, e};
    }

    /** The spans a produced event claims: its evidence and its mentions that carry offsets. */
    static List<int[]> spans(JsonNode event, String text) {
        List<int[]> out = new ArrayList<>();
        JsonNode ev = event.get("evidence");
        if (ev != null && ev.isObject() && ev.has("start")) out.add(new int[] {ev.path("start").asInt(), ev.path("end").asInt()});
        for (JsonNode m : event.path("mentions")) {
            if (m.has("start")) out.add(new int[] {m.path("start").asInt(), m.path("end").asInt()});
        }
        return out;
    }

    /** True when the half-open spans [a0, a1) and [b0, b1) share at least one char. */
    static boolean overlaps(int[] a, int[] b) {
        return a != null && b != null && a[0] < b[1] && b[0] < a[1];
    }

    /** The id of an item, or "#n" (1-based position) when it has none. */
    static String id(JsonNode item, int index) {
        String id = str(item, "id");
        return id.isEmpty() ? "#" + (index + 1) : id;
    }
}
