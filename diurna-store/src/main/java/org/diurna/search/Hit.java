package org.diurna.search;

import java.time.LocalDate;

/**
 * One article found by a search.
 *
 * @param articleId the article's id in the database
 * @param score     BM25 relevance (higher is better); 0 when the query had no text and hits are in date order
 * @param title     the stored headline, or null
 * @param published the publication date, or null
 * @param outlet    the outlet, or null
 * @param url       the URL, or null
 * @param snippet   about 200 characters of the text around the best matches, each match marked «like this»;
 *                  "…" where the text was cut; empty when the article has no text
 */
public record Hit(String articleId, float score, String title, LocalDate published, String outlet, String url,
                  String snippet) {}
