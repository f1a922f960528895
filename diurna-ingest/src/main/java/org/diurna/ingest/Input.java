package org.diurna.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.diurna.model.Article;
import org.diurna.model.Problem;
import org.diurna.model.WebUrl;

/**
 * One unit of input: an article to read, or the problem that kept one from being read (a bad file, a broken record).
 * Exactly one of {@code article} and {@code problem} is set.
 *
 * @param source   where it came from: a file path, or "path#N" for the N-th record of a JSONL, feed or WARC file
 * @param format   the detected format: text, jsonl, html, feed, warc
 * @param warnings what was wrong with an article that is read all the same (a URL dropped), to be recorded
 */
public record Input(String source, String format, Article article, Problem problem, List<Problem> warnings) {
    public Input {
        warnings = List.copyOf(warnings);
    }

    /**
     * An article read from {@code source}. Its URL passes {@link WebUrl}'s rule here, the one door every reader's
     * articles go through: a URL that is not http(s) is dropped and becomes a warning.
     */
    public static Input of(String source, String format, Article a) {
        String url = WebUrl.orNull(a.url());
        Article kept = Objects.equals(url, a.url()) ? a
                : new Article(a.id(), a.text(), a.published(), a.title(), url, a.outlet(), a.language());
        List<Problem> warnings = a.url() != null && url == null ? List.of(WebUrl.dropped(source, a.url()))
                : List.of();
        return new Input(source, format, kept, null, warnings);
    }

    public static Input failed(String source, String format, Problem p) {
        return new Input(source, format, null, p, List.of());
    }

    /** This input with one more warning. */
    public Input warn(Problem p) {
        List<Problem> more = new ArrayList<>(warnings);
        more.add(p);
        return new Input(source, format, article, problem, more);
    }

    public boolean ok() { return article != null; }
}
