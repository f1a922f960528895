package org.diurna.events.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diurna.model.Timex;
import org.diurna.model.Token;

/**
 * Dates an event by its own time expression: one attached to its predicate; else one attached to a predicate it
 * governs ("ont convenu lors d'un entretien mercredi"); else to a clause above it ("a annoncé mercredi attendre ...",
 * "a affirmé la veille que ..."). Without any, the publication date, with precision "publication".
 */
public final class Dating {
    /** A resolved date: ISO value, precision, and the expression it came from (null for the publication date). */
    public record When(String date, String precision, Timex timex, boolean inherited) {}

    private static final int MAX_UP = 5;
    private static final java.util.Set<String> SUBORDINATE = java.util.Set.of("advcl", "ccomp", "xcomp", "parataxis",
            "conj", "acl:relcl", "csubj");
    private final Tree tree;
    private final List<Timex> timexes;
    private final List<Token> owners = new ArrayList<>();
    private LocalDate published;

    /** Words that name a day ({@code time/day-words.tsv}), normalised. */
    private static final java.util.Set<String> DAY_WORDS = org.diurna.data.Tsv.read(Dating.class,
            "/org/diurna/time/day-words.tsv", "word", "lang").stream()
            .map(r -> org.diurna.data.Keys.key(r.get("word"))).collect(java.util.stream.Collectors.toUnmodifiableSet());

    public Dating(Tree tree, List<Timex> sentenceTimexes) {
        this.tree = tree;
        // a time of day alone ("à 21 h 30", "à la mi-journée") says when in a day, not which day
        this.timexes = sentenceTimexes.stream().filter(x -> !"TIME".equals(x.type()) || namesDay(x.text())).toList();
        for (Timex t : timexes) owners.add(owner(t));
    }

    /** The clause word a time expression belongs to: the nearest verb or noun above its head word. */
    private Token owner(Timex x) {
        Token head = null;
        for (Token t : tree.sentence().tokens()) {
            if (t.start() < x.start() || t.end() > x.end()) continue;
            Token h = tree.head(t);
            if (h == null || h.start() < x.start() || h.end() > x.end()) {
                head = t;
                break;
            }
        }
        if (head == null) return null;
        Token up = tree.head(head);
        while (up != null && !(up.isVerbal() || up.isCommonNoun() || predicative(up))) up = tree.head(up);
        return up;
    }

    /** An adjective with a copula heads its clause: "Samedi, 126 personnes sont mortes dans un attentat". */
    private boolean predicative(Token t) {
        return "ADJ".equals(t.pos()) && tree.child(t, "cop") != null;
    }

    public When of(Token p, LocalDate published) {
        this.published = published;
        Timex own = ownedBy(p);
        if (own == null) {
            for (Token c : tree.children(p)) {
                // a complement ("lors d'un entretien mercredi") tells the date; a subordinate clause has its own
                if (SUBORDINATE.contains(c.deprel())) continue;
                if (c.deprel().startsWith("acl") && !tree.lexicon().isOnset(c.word())) continue;
                if ((own = ownedBy(c)) != null) break;
            }
        }
        boolean inherited = own == null;
        Token up = tree.head(p);
        for (int i = 0; own == null && up != null && i < MAX_UP; i++, up = tree.head(up)) own = ownedBy(up);
        if (own != null && "SET".equals(own.type())) {
            // "ont eu lieu tous les samedis": what recurs is a habit, not an event of one day
            return new When(null, "recurring", own, inherited);
        }
        if (own != null) {
            When w = resolve(own, published);
            if (w != null) return new When(w.date(), w.precision(), w.timex(), inherited);
        }
        return published == null ? new When(null, "unresolved", null, true)
                : new When(published.toString(), "publication", null, true);
    }

    /** The time expression {@code t} owns; of several ("in five years on Monday"), the first that gives a date. */
    private Timex ownedBy(Token t) {
        Timex first = null;
        Timex resolved = null;
        for (int i = 0; i < timexes.size(); i++) {
            if (owners.get(i) != null && owners.get(i).index() == t.index()) {
                if (resolve(timexes.get(i), published) != null) {
                    // "Le lendemain de l'attaque, le 17 février, …": a written date says more than a relative one,
                    // which may count from another day than the publication's
                    if (timexes.get(i).text().chars().anyMatch(Character::isDigit)) return timexes.get(i);
                    if (resolved == null) resolved = timexes.get(i);
                    continue;
                }
                // "pendant deux mois, … tous les samedis": the recurrence says more than the span
                if (first == null || "SET".equals(timexes.get(i).type())) first = timexes.get(i);
            }
        }
        return resolved != null ? resolved : first;
    }

    private static boolean namesDay(String text) {
        for (String w : org.diurna.data.Keys.key(text).split("[\\s']+")) {
            if (DAY_WORDS.contains(w) || w.matches("\\d{1,2}/\\d{1,2}.*")) return true;
        }
        return text.matches(".*\\d{4}.*");
    }

    /** TIMEX3 value → event date and precision; null when the value gives no date. */
    static When resolve(Timex x, LocalDate published) {
        String v = x.value();
        if (v == null || v.isEmpty()) return null;
        boolean ongoing = (x.rule() != null && x.rule().contains("ongoing"))
                || (x.type().equals("DURATION") && x.text().toLowerCase().startsWith("depuis"));
        if (ongoing) return published == null ? null : new When(published.toString(), "ongoing", x, false);
        if (v.equals("PRESENT_REF")) return published == null ? null : new When(published.toString(), "day", x, false);
        if (!x.type().equals("DATE") && !x.type().equals("TIME")) return null;
        if (v.startsWith("X") || v.contains("XX")) return null;
        // "la foule de 700 à 800 personnes" read as the year 700: no dispatch dates its event before the year 1000
        if (v.length() >= 4 && v.charAt(0) == '0') return null;
        if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') return new When(v.substring(0, 10), "day", x, false);
        if (v.matches("\\d{4}-(SP|SU|FA|WI)")) return new When(v, "season", x, false);
        if (v.matches("\\d{4}-W\\d{2}.*")) return new When(v.substring(0, 8), "week", x, false);
        if (v.matches("\\d{4}-\\d{2}")) return new When(v, "month", x, false);
        if (v.matches("\\d{4}")) return new When(v, "year", x, false);
        return null;
    }
}
