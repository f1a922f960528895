package org.diurna.eval;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Reading the actor strings of a gold file's {@code background} items ("TUR GOV / RUS GOV"). */
final class BackgroundItem {
    private BackgroundItem() {}

    /** "TUR GOV / RUS GOV" -> {TUR, RUS}: the first word of each part. */
    static Set<String> countries(String actors) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : actors.split("/")) {
            String p = part.strip();
            if (!p.isEmpty()) out.add(p.split("\\s+")[0].toUpperCase(Locale.ROOT));
        }
        return out;
    }
}
