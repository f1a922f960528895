package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One event-like item of a gold file's {@code background}: a produced event of the same PLOVER type whose source and
 * target countries are among those listed is neither required nor a false positive, unless it has the wrong date or
 * (for a habitual relation) is dated or has another factuality.
 */
record BackgroundItem(String what, String plover, Set<String> sources, Set<String> targets, String date,
                      String factuality) {

    /** The background items that name a PLOVER type (items with only numbers are left out). */
    static List<BackgroundItem> of(JsonNode gold) {
        List<BackgroundItem> out = new ArrayList<>();
        for (JsonNode b : gold.path("background")) {
            String plover = Texts.code(b, "plover");
            if (plover.isEmpty()) continue;
            out.add(new BackgroundItem(Texts.str(b, "what"), plover, countries(Texts.str(b, "source")),
                    countries(Texts.str(b, "target")), Texts.str(b, "date"), Texts.str(b, "factuality")));
        }
        return out;
    }

    /** "TUR GOV / RUS GOV" -> {TUR, RUS}: the first word of each part. */
    static Set<String> countries(String actors) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : actors.split("/")) {
            String p = part.strip();
            if (!p.isEmpty()) out.add(p.split("\\s+")[0].toUpperCase(Locale.ROOT));
        }
        return out;
    }

    /** The item a produced event falls under (one it satisfies first), or null when it matches none. */
    static BackgroundItem pick(List<BackgroundItem> items, JsonNode event, EventKey key) {
        BackgroundItem first = null;
        for (BackgroundItem b : items) {
            if (!b.matches(key)) continue;
            if (b.violation(event, key) == null) return b;
            if (first == null) first = b;
        }
        return first;
    }

    boolean matches(EventKey key) {
        return plover.equals(key.plover()) && sources.contains(key.sourceCountry())
                && targets.contains(key.targetCountry());
    }

    /** What is wrong with a produced event that {@link #matches} this item, or null when it is acceptable. */
    String violation(JsonNode event, EventKey key) {
        if (!date.isEmpty() && !date.equals(key.date())) {
            return "dated " + (key.date().isEmpty() ? "none" : key.date()) + ", background is " + date;
        }
        if ("habitual".equalsIgnoreCase(factuality)) {
            if (!key.date().isEmpty()) return "dated " + key.date() + ", background is a habitual relation";
            String f = Texts.str(event, "factuality");
            if (!f.equalsIgnoreCase(factuality)) {
                return "factuality " + (f.isEmpty() ? "none" : f) + ", background is habitual";
            }
        }
        return null;
    }
}
