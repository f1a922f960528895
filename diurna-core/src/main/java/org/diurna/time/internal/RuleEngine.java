package org.diurna.time.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diurna.model.Sentence;
import org.diurna.model.Timex;
import org.diurna.model.Token;
import org.diurna.time.internal.TenseDetector.Tense;

/**
 * Applies a {@link RuleSet} to a document and merges its expressions with HeidelTime's: rules match sentence by
 * sentence in file order (an earlier rule's match blocks later overlapping ones), combine with HeidelTime's
 * expressions by their {@link Rule.Mode}, and are then resolved in two passes: first what depends on the DCT alone,
 * then, in text order, what is anchored on another expression (la veille, 22 h, janvier after "en 97").
 * Immutable and thread-safe.
 */
public final class RuleEngine {
    private static final Pattern FULL_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");
    private static final Pattern ANCHORED = Pattern.compile("SENT|REF|^month\\(");

    private final RuleSet rules;
    private final TenseDetector tenses;

    public RuleEngine(RuleSet rules) {
        this.rules = rules;
        this.tenses = new TenseDetector(rules);
    }

    public RuleSet rules() { return rules; }

    /** HeidelTime's expressions corrected and completed by the rules; offsets into {@code text}, in text order. */
    public List<Timex> apply(String text, List<Sentence> sentences, LocalDate dct, List<Timex> heidelTime) {
        List<Slot> slots = new ArrayList<>();
        for (Timex t : heidelTime) slots.add(Slot.fixed(t, sentenceOf(sentences, t.start())));
        for (Sentence s : sentences) {
            for (Slot m : matches(text, s)) merge(slots, m);
        }
        slots.sort(Comparator.comparingInt((Slot x) -> x.start).thenComparingInt(x -> -x.end));
        for (Slot s : slots) if (s.rule != null && !ANCHORED.matcher(s.rule.value()).find()) resolve(s, slots, sentences, dct);
        for (Slot s : slots) if (s.rule != null && s.value == null) resolve(s, slots, sentences, dct);
        List<Timex> out = new ArrayList<>();
        for (Slot s : slots) {
            if (s.value == null) continue;
            if (!out.isEmpty() && out.get(out.size() - 1).start() == s.start && out.get(out.size() - 1).end() == s.end) continue;
            out.add(new Timex(s.start, s.end, text.substring(s.start, s.end), s.type, s.value, s.ruleName));
        }
        return out;
    }

    private List<Slot> matches(String text, Sentence s) {
        List<Slot> found = new ArrayList<>();
        String st = text.substring(s.start(), s.end());
        String lower = st.toLowerCase(java.util.Locale.ROOT);
        for (Rule r : rules.rules()) {
            if (!r.mayMatch(lower)) continue;
            Matcher m = r.pattern().matcher(st);
            while (m.find()) {
                int[] span = r.span(m);
                int start = s.start() + span[0];
                int end = s.start() + span[1];
                if (end <= start || found.stream().anyMatch(f -> f.start < end && start < f.end)) continue;
                if (!r.beforePos().isEmpty() && !posBefore(s, s.start() + m.start(), r)) continue;
                Map<String, String> groups = new HashMap<>();
                for (String g : r.groups()) groups.put(g, rules.normalise(g, m.group(g)));
                found.add(Slot.ofRule(r, start, end, groups, s.index()));
            }
        }
        return found;
    }

    private static boolean posBefore(Sentence s, int offset, Rule r) {
        Token prev = null;
        for (Token t : s.tokens()) if (t.end() <= offset) prev = t;
        return prev != null && r.beforePos().contains(prev.pos());
    }

    /** Combines one rule match with the expressions so far, as its mode says. */
    private static void merge(List<Slot> slots, Slot m) {
        List<Slot> overlapping = slots.stream().filter(o -> o.start < m.end && m.start < o.end).toList();
        switch (m.rule.mode()) {
            case ADD:
                if (overlapping.isEmpty()) slots.add(m);
                return;
            case REMOVE:
                slots.removeAll(overlapping);
                return;
            case REPLACE:
                if (overlapping.stream().anyMatch(o -> o.widerThan(m))) return;
                slots.removeAll(overlapping);
                slots.add(m);
                return;
            case REVALUE: {
                Slot wider = overlapping.stream().filter(o -> o.widerThan(m)).findFirst().orElse(null);
                slots.removeAll(overlapping);
                if (wider != null) {
                    m.start = wider.start;
                    m.end = wider.end;
                }
                slots.add(m);
                return;
            }
            default: throw new IllegalStateException();
        }
    }

    private void resolve(Slot slot, List<Slot> slots, List<Sentence> sentences, LocalDate dct) {
        Sentence sentence = sentences.get(slot.sentence);
        ValueExpression.Context ctx = new ValueExpression.Context() {
            private Tense tense;

            @Override public LocalDate dct() { return dct; }

            @Override public LocalDate anchor(String kind) { return RuleEngine.anchor(kind, slot, slots, dct); }

            @Override public Tense tense() {
                if (tense == null) {
                    int first = sentence.tokenAt(slot.start);
                    int last = Math.max(first, sentence.tokenAt(slot.end) - 1);
                    tense = tenses.tense(sentence, first, last);
                }
                return tense;
            }

            @Override public Integer sentenceYear() {
                for (int i = slots.indexOf(slot) - 1; i >= 0; i--) {
                    Slot o = slots.get(i);
                    if (o.sentence != slot.sentence) break;
                    if (o.value != null && YEAR.matcher(o.value).matches()) return Integer.parseInt(o.value);
                }
                return null;
            }
        };
        try {
            slot.value = ValueExpression.evaluate(slot.rule.value(), slot.groups, ctx);
        } catch (RuntimeException e) {
            // a rule whose groups do not fit its function (a number word missing from the map): no value, dropped
            slot.value = null;
        }
    }

    /** SENT: nearest earlier full date of the sentence; REF: also later in the sentence, then earlier sentences. */
    static LocalDate anchor(String kind, Slot slot, List<Slot> slots, LocalDate dct) {
        if ("DCT".equals(kind)) return dct;
        int at = slots.indexOf(slot);
        for (int i = at - 1; i >= 0 && slots.get(i).sentence == slot.sentence; i--) {
            LocalDate d = fullDate(slots.get(i));
            if (d != null) return d;
        }
        if (!"REF".equals(kind)) return dct;
        for (int i = at + 1; i < slots.size() && slots.get(i).sentence == slot.sentence; i++) {
            LocalDate d = fullDate(slots.get(i));
            if (d != null) return d;
        }
        for (int i = at - 1; i >= 0; i--) {
            LocalDate d = fullDate(slots.get(i));
            if (d != null) return d;
        }
        return dct;
    }

    private static LocalDate fullDate(Slot s) {
        if (s.value == null) return null;
        Matcher m = FULL_DATE.matcher(s.value);
        if (!m.matches()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) if (offset < s.end()) return s.index();
        return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).index();
    }
}
