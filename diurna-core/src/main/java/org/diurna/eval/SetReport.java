package org.diurna.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The score of a whole gold set: micro-averaged events (strict and type + dyad), must-not checks, quotes and
 * speakers, entities and actors, and the error breakdown (why gold events were missed, why produced events were
 * extra), with one line per article and, on demand, each article's diff.
 */
public final class SetReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final List<ArticleScore> articles;

    public SetReport(List<ArticleScore> articles) {
        this.articles = List.copyOf(articles);
    }

    public List<ArticleScore> articles() { return articles; }

    private int sum(java.util.function.ToIntFunction<ScoreReport> f) {
        return articles.stream().mapToInt(a -> f.applyAsInt(a.report())).sum();
    }

    public int truePositives() { return sum(ScoreReport::truePositives); }

    public int falsePositives() { return sum(ScoreReport::falsePositives); }

    public int goldEvents() { return sum(r -> r.truePositives() + r.falseNegatives()); }

    public double precision() { return Rates.precision(truePositives(), falsePositives()); }

    public double recall() { return Rates.recall(truePositives(), goldEvents()); }

    /** Strict event F1: type, dyad and date. */
    public double f1() { return Rates.f1(truePositives(), falsePositives(), goldEvents()); }

    public int dyadTruePositives() { return sum(ScoreReport::dyadTruePositives); }

    public int dyadFalsePositives() { return sum(ScoreReport::dyadFalsePositives); }

    /** Type + dyad F1, the date aside. */
    public double dyadF1() { return Rates.f1(dyadTruePositives(), dyadFalsePositives(), goldEvents()); }

    public int mustNotViolated() { return sum(r -> r.mustNotViolated().size()); }

    public int mustNotTotal() { return sum(r -> r.mustNot().size()); }

    public int quotesTotal() { return sum(ScoreReport::quotesTotal); }

    public int quotesFound() { return sum(ScoreReport::quotesFound); }

    public int quotesRight() { return sum(ScoreReport::quotesRight); }

    public int entitiesTotal() { return sum(ScoreReport::entitiesTotal); }

    public int entitiesFound() { return sum(ScoreReport::entitiesFound); }

    public int entitiesRight() { return sum(ScoreReport::entitiesRight); }

    /** Share of must-not checks violated, 0 when there are none. */
    public double mustNotRate() { return ratio(mustNotViolated(), mustNotTotal()); }

    /** Share of gold quotes found with the right speaker. */
    public double speakerRate() { return ratio(quotesRight(), quotesTotal()); }

    /** Share of gold entities found with the right actor or place. */
    public double entityRate() { return ratio(entitiesRight(), entitiesTotal()); }

    private static double ratio(int a, int b) { return b == 0 ? 0.0 : (double) a / b; }

    /** How many misses and extras of each kind (accepted background events included, apart). */
    public Map<ErrorKind, Integer> breakdown() {
        Map<ErrorKind, Integer> m = new EnumMap<>(ErrorKind.class);
        for (ErrorKind k : ErrorKind.values()) m.put(k, 0);
        for (ArticleScore a : articles) {
            a.report().missed().forEach(x -> m.merge(x.kind(), 1, Integer::sum));
            a.report().falsePositiveEvents().forEach(x -> m.merge(x.kind(), 1, Integer::sum));
            a.report().backgroundAccepted().forEach(x -> m.merge(x.kind(), 1, Integer::sum));
        }
        return m;
    }

    /** The summary, one line per article, the breakdown, and with {@code showErrors} each imperfect article's diff. */
    public String toText(boolean showErrors) {
        StringBuilder b = new StringBuilder();
        if (showErrors) {
            for (ArticleScore a : articles) {
                ScoreReport r = a.report();
                boolean quotesWrong = r.quotes().stream().anyMatch(q -> q.found() && !q.speakerRight());
                boolean entitiesWrong = r.entities().stream().anyMatch(e -> !e.right());
                if (r.falseNegatives() + r.falsePositives() + r.mustNotViolated().size() == 0 && !quotesWrong
                        && !entitiesWrong) continue;
                b.append("── ").append(a.name()).append('\n').append(a.diff());
                for (MustNotResult m : r.mustNotViolated()) {
                    b.append("  must_not violated: ").append(m.what()).append(" — ")
                            .append(String.join("; ", m.details())).append('\n');
                }
                for (QuoteResult q : r.quotes()) {
                    if (q.found() && !q.speakerRight()) {
                        b.append(String.format(Locale.ROOT, "  quote «%s» by '%s' (want %s)%n", q.text(),
                                q.producedSpeaker(), String.join(" | ", q.expectedSpeakers())));
                    }
                }
                for (EntityResult e : r.entities()) {
                    if (!e.right()) {
                        b.append(String.format(Locale.ROOT, "  entity %s '%s': %s%n", e.type(), e.text(), e.detail()));
                    }
                }
                b.append('\n');
            }
        }
        b.append(String.format(Locale.ROOT, "%-24s %3s %3s %3s %5s  %s%n", "article", "TP", "FP", "FN", "F1",
                "must-not"));
        for (ArticleScore a : articles) {
            ScoreReport r = a.report();
            b.append(String.format(Locale.ROOT, "%-24s %3d %3d %3d %5.2f  %d/%d%s%n", a.name(), r.truePositives(),
                    r.falsePositives(), r.falseNegatives(), r.f1(), r.mustNotViolated().size(), r.mustNot().size(),
                    a.problem() == null ? "" : "  REJECTED: " + a.problem()));
        }
        b.append(String.format(Locale.ROOT, "%n%d articles, %d gold events%n", articles.size(), goldEvents()));
        b.append(String.format(Locale.ROOT, "events strict (type+dyad+date): TP %d FP %d FN %d  P %.3f R %.3f F1 %.3f%n",
                truePositives(), falsePositives(), goldEvents() - truePositives(), precision(), recall(), f1()));
        b.append(String.format(Locale.ROOT, "events type + dyad:             TP %d FP %d FN %d  P %.3f R %.3f F1 %.3f%n",
                dyadTruePositives(), dyadFalsePositives(), goldEvents() - dyadTruePositives(),
                Rates.precision(dyadTruePositives(), dyadFalsePositives()),
                Rates.recall(dyadTruePositives(), goldEvents()), dyadF1()));
        b.append(String.format(Locale.ROOT, "must-not: %d of %d violated (%.1f%%)%n", mustNotViolated(),
                mustNotTotal(), 100 * mustNotRate()));
        b.append(String.format(Locale.ROOT, "quotes: found %d of %d, right speaker %d (%.1f%%)%n", quotesFound(),
                quotesTotal(), quotesRight(), 100 * speakerRate()));
        b.append(String.format(Locale.ROOT, "entities: found %d of %d, right actor %d (%.1f%%)%n", entitiesFound(),
                entitiesTotal(), entitiesRight(), 100 * entityRate()));
        Map<ErrorKind, Integer> m = breakdown();
        b.append("missed:");
        for (ErrorKind k : ErrorKind.values()) if (k.isMiss()) b.append(' ').append(k.label()).append(' ').append(m.get(k));
        b.append("\nextra: ");
        for (ErrorKind k : ErrorKind.values()) if (!k.isMiss()) b.append(' ').append(k.label()).append(' ').append(m.get(k));
        return b.append('\n').toString();
    }

    public JsonNode toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("articles", articles.size()).put("gold_events", goldEvents());
        root.putObject("strict").put("tp", truePositives()).put("fp", falsePositives())
                .put("fn", goldEvents() - truePositives()).put("precision", precision()).put("recall", recall())
                .put("f1", f1());
        root.putObject("type_dyad").put("tp", dyadTruePositives()).put("fp", dyadFalsePositives())
                .put("fn", goldEvents() - dyadTruePositives())
                .put("precision", Rates.precision(dyadTruePositives(), dyadFalsePositives()))
                .put("recall", Rates.recall(dyadTruePositives(), goldEvents())).put("f1", dyadF1());
        root.putObject("must_not").put("violated", mustNotViolated()).put("total", mustNotTotal());
        root.putObject("quotes").put("total", quotesTotal()).put("found", quotesFound())
                .put("speaker_right", quotesRight());
        root.putObject("entities").put("total", entitiesTotal()).put("found", entitiesFound())
                .put("actor_right", entitiesRight());
        ObjectNode bd = root.putObject("breakdown");
        breakdown().forEach((k, v) -> bd.put(k.label(), v));
        ArrayNode per = root.putArray("per_article");
        for (ArticleScore a : articles) {
            ObjectNode o = per.addObject().put("name", a.name());
            if (a.problem() != null) o.put("rejected", a.problem());
            o.setAll((ObjectNode) a.report().toJson());
        }
        return root;
    }
}
