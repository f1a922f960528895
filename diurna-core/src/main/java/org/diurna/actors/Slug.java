package org.diurna.actors;

import org.diurna.data.Keys;

/** URL-safe identifiers built from names: "Recep Tayyip Erdoğan" → "recep-tayyip-erdogan". */
final class Slug {
    private Slug() {}

    static String of(String name) {
        return Keys.key(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
