package org.diurna.eval;

/**
 * The score of one article of a gold set, with the side-by-side diff of its gold and produced events.
 *
 * @param name   the article's name (the gold file's name without {@code .reading.json})
 * @param report its score
 * @param diff    gold and produced events side by side with their evidence ({@link EventDiff})
 * @param problem why Diurna rejected the text (it was then scored as an empty reading), or null
 */
public record ArticleScore(String name, ScoreReport report, String diff, String problem) {}
