package org.diurna.ingest;

import org.diurna.model.Article;
import org.diurna.model.Problem;

/**
 * One unit of input: an article to read, or the problem that kept one from being read (a bad file, a broken record).
 * Exactly one of {@code article} and {@code problem} is set.
 *
 * @param source where it came from: a file path, or "path#N" for the N-th record of a JSONL, feed or WARC file
 * @param format the detected format: text, jsonl, html, feed, warc
 */
public record Input(String source, String format, Article article, Problem problem) {
    public static Input of(String source, String format, Article a) { return new Input(source, format, a, null); }

    public static Input failed(String source, String format, Problem p) { return new Input(source, format, null, p); }

    public boolean ok() { return article != null; }
}
