package org.diurna.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as it was read: the original text (never modified; every offset in Diurna points into it)
 * and the metadata that came with it.
 *
 * @param id        a stable identifier (file name, URL hash, ...)
 * @param text      the original text exactly as read
 * @param published publication date, or null when unknown (relative dates then stay unresolved)
 * @param title     title from metadata, or null (the reading may find one in the text)
 * @param url       source URL or null
 * @param outlet    publishing outlet or null
 * @param language  declared language hint ("fr", "en") or null to detect
 */
public record Article(String id, String text, LocalDate published, String title, String url, String outlet,
                      String language) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static Article of(String id, String text, LocalDate published) {
        return new Article(id, text, published, null, null, null, null);
    }
}
