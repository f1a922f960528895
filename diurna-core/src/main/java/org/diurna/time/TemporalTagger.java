package org.diurna.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.diurna.model.Sentence;
import org.diurna.model.Timex;
import org.diurna.time.internal.HeidelTimeRunner;
import org.diurna.time.internal.RuleEngine;
import org.diurna.time.internal.RuleSet;

/**
 * Finds and normalises the time expressions of a text: HeidelTime 2.1 (news mode) run on CoreNLP's tokens, then
 * Diurna's rules ({@code rules-fr.tsv}, {@code rules-en.tsv}) where HeidelTime misses or misreads: "la veille",
 * tense-aware weekdays ("est attendu jeudi" is the coming Thursday), "l'été dernier", "depuis plusieurs jours"...
 *
 * <p>One instance per JVM ({@link #get()}); thread-safe: each thread gets its own HeidelTime annotator, the rules are
 * immutable. HeidelTime's resources load on the first document of each language (about a second).
 */
public final class TemporalTagger {
    /** Languages with a HeidelTime resource set and Diurna rules. */
    public static final Set<String> LANGUAGES = Set.of("fr", "en");

    private static final String ONGOING = "diurna:ongoing";

    private final HeidelTimeRunner heidelTime;
    private final Map<String, RuleEngine> engines = new ConcurrentHashMap<>();

    private TemporalTagger() {
        this.heidelTime = new HeidelTimeRunner();
    }

    private static final class Holder {
        static final TemporalTagger INSTANCE = new TemporalTagger();
    }

    /** The JVM's tagger. */
    public static TemporalTagger get() {
        return Holder.INSTANCE;
    }

    public static boolean supports(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    /**
     * The time expressions of {@code text}, in text order.
     *
     * @param text      the text the sentences' offsets point into
     * @param sentences its sentences, tokenised and tagged (CoreNLP, depth TAGS or more)
     * @param language  "fr" or "en"
     * @param dct       the publication date every relative expression is resolved against, or null: relative
     *                  expressions then keep unresolved values (XXXX-XX-XX, XXXX-WXX-4), never today's date
     * @return timexes with offsets into {@code text}; {@code rule} is "heideltime:&lt;rule&gt;" or "diurna:&lt;rule&gt;"
     * @throws IllegalArgumentException for a language outside {@link #LANGUAGES}
     */
    public List<Timex> tag(String text, List<Sentence> sentences, String language, LocalDate dct) {
        if (!supports(language)) throw new IllegalArgumentException("no temporal tagger for language '" + language + "'");
        List<Timex> found = heidelTime.run(text, sentences, language, dct);
        return engine(language).apply(text, sentences, dct, found);
    }

    /**
     * True for an expression that says a situation is still going on at the reference time ("depuis plusieurs
     * jours": value PXD, the duration so far); callers date such events "ongoing" rather than on a day.
     */
    public static boolean isOngoing(Timex t) {
        return t.rule() != null && t.rule().startsWith(ONGOING);
    }

    /** Version of the rule file in use for a language ("@version" line), for provenance. */
    public String rulesVersion(String language) {
        return engine(language).rules().version();
    }

    private RuleEngine engine(String language) {
        return engines.computeIfAbsent(language, l -> new RuleEngine(RuleSet.forLanguage(l)));
    }
}
