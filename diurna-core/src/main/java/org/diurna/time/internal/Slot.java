package org.diurna.time.internal;

import java.util.Map;
import org.diurna.model.Timex;

/** An expression in the making: HeidelTime's (value fixed) or a rule's (value resolved later). */
final class Slot {
    int start;
    int end;
    final String type;
    String value;
    final String ruleName;
    final Rule rule;
    final Map<String, String> groups;
    final int sentence;

    private Slot(int start, int end, String type, String value, String ruleName, Rule rule,
                 Map<String, String> groups, int sentence) {
        this.start = start;
        this.end = end;
        this.type = type;
        this.value = value;
        this.ruleName = ruleName;
        this.rule = rule;
        this.groups = groups;
        this.sentence = sentence;
    }

    static Slot fixed(Timex t, int sentence) {
        return new Slot(t.start(), t.end(), t.type(), t.value(), t.rule(), null, Map.of(), sentence);
    }

    static Slot ofRule(Rule r, int start, int end, Map<String, String> groups, int sentence) {
        return new Slot(start, end, r.type(), null, "diurna:" + r.name(), r, groups, sentence);
    }

    /** True when this covers {@code o} and more. */
    boolean widerThan(Slot o) {
        return start <= o.start && o.end <= end && (start < o.start || o.end < end);
    }
}
