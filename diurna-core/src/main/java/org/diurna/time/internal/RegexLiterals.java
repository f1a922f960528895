package org.diurna.time.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds, for a regular expression, lower-cased strings one of which every match must contain ("janvier", "février"...
 * for a month rule), so that a rule can be skipped on a sentence that contains none of them without running it.
 * HeidelTime runs some 200 rules with large alternations on every sentence; most sentences contain the literals of
 * very few of them. The analysis is conservative: anything it does not understand imposes no requirement.
 */
public final class RegexLiterals extends RegexReader {
    private static final int LIMIT = 256;

    /**
     * exact: every string the node can match (null: too many); required: one of these is in every match (null: none);
     * all: several such sets, each of which every match satisfies (a number AND a unit for "deux ans").
     */
    private record Info(Set<String> exact, Set<String> required, List<Set<String>> all) {
        static final Info ANY = new Info(null, null);
        static final Info ZERO = new Info(Set.of(""), null);

        Info(Set<String> exact, Set<String> required) {
            this(exact, required, usable(required) ? List.of(required) : List.of());
        }

        Set<String> best() { return usable(exact) ? exact : required; }
    }

    private RegexLiterals(String re) {
        super(re);
    }

    /** Strings (lower case) of which every match of {@code regex} contains one, or null when there is no such set. */
    public static Set<String> required(String regex) {
        List<Set<String>> all = requiredAll(regex);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * Sets of strings (lower case) such that every match of {@code regex} contains a string of each set; the
     * strongest first. Empty when nothing is required (or the pattern is beyond this analysis).
     */
    public static List<Set<String>> requiredAll(String regex) {
        try {
            RegexLiterals p = new RegexLiterals(regex);
            Info i = p.alternation();
            if (p.pos != regex.length()) return List.of();
            List<Set<String>> out = new ArrayList<>();
            if (usable(i.best())) out.add(Set.copyOf(i.best()));
            for (Set<String> s : i.all()) if (usable(s) && !out.contains(s)) out.add(Set.copyOf(s));
            return List.copyOf(out);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static boolean usable(Set<String> s) {
        return s != null && !s.isEmpty() && !s.contains("");
    }

    private Info alternation() {
        List<Info> alts = new ArrayList<>();
        alts.add(sequence());
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            alts.add(sequence());
        }
        if (alts.size() == 1) return alts.get(0);
        Set<String> exact = new HashSet<>();
        Set<String> required = new HashSet<>();
        for (Info a : alts) {
            if (exact != null) {
                if (a.exact() == null) exact = null;
                else exact.addAll(a.exact());
            }
            Set<String> r = a.best();
            if (required != null) {
                if (!usable(r)) required = null;
                else required.addAll(r);
            }
        }
        if (exact != null && exact.size() > LIMIT) exact = null;
        return new Info(exact, required);
    }

    private Info sequence() {
        List<Info> items = new ArrayList<>();
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') items.add(quantified(atom()));
        Set<String> exact = Set.of("");
        Set<String> best = null;
        Set<String> run = Set.of("");
        List<Set<String>> all = new ArrayList<>();
        for (Info i : items) {
            exact = product(exact, i.exact());
            Set<String> longer = i.exact() == null ? null : product(run, i.exact());
            if (longer == null) {
                // the run of fixed strings ends: it is one requirement, the item's own are others
                if (usable(run)) all.add(run);
                longer = i.exact() == null ? Set.of("") : i.exact();
            }
            run = longer;
            best = better(best, run);
            best = better(best, i.best());
            if (i.exact() == null) all.addAll(i.all());
        }
        if (usable(run)) all.add(run);
        return new Info(exact, best, all);
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        if (a == null || b == null || (long) a.size() * b.size() > LIMIT) return null;
        Set<String> out = new HashSet<>();
        for (String x : a) for (String y : b) out.add(x + y);
        return out;
    }

    /** The stronger requirement: longer shortest string, then fewer strings. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (!usable(b)) return a;
        if (!usable(a)) return b;
        int la = a.stream().mapToInt(String::length).min().orElse(0);
        int lb = b.stream().mapToInt(String::length).min().orElse(0);
        if (la != lb) return la > lb ? a : b;
        return a.size() <= b.size() ? a : b;
    }

    private Info quantified(Info atom) {
        if (pos >= re.length()) return atom;
        char c = re.charAt(pos);
        Info out;
        if (c == '?') {
            pos++;
            out = new Info(atom.exact() == null ? null : union(atom.exact(), ""), null);
        } else if (c == '*') {
            pos++;
            out = Info.ANY;
        } else if (c == '+') {
            pos++;
            out = new Info(null, atom.best(), atom.all());
        } else if (c == '{' && pos + 1 < re.length() && Character.isDigit(re.charAt(pos + 1))) {
            int close = re.indexOf('}', pos);
            String[] mn = re.substring(pos + 1, close).split(",", -1);
            pos = close + 1;
            int min = Integer.parseInt(mn[0].trim());
            out = min == 0 ? Info.ANY : new Info(null, atom.best(), atom.all());
        } else {
            return atom;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) pos++;
        return out;
    }

    private static Set<String> union(Set<String> s, String extra) {
        Set<String> out = new HashSet<>(s);
        out.add(extra);
        return out;
    }

    private Info atom() {
        char c = re.charAt(pos++);
        switch (c) {
            case '(': return group();
            case '[': {
                Set<Character> chars = charClass();
                return chars == null ? Info.ANY : literalSet(chars);
            }
            case '.': return Info.ANY;
            case '^': case '$': return Info.ZERO;
            case '\\': {
                Set<Character> e = escape();
                return e == null ? Info.ANY : e == ZERO_WIDTH ? Info.ZERO : literalSet(e);
            }
            default: return literal(c);
        }
    }

    private Info group() {
        boolean zeroWidth = false;
        if (re.startsWith("?", pos)) {
            if (re.startsWith("?:", pos)) pos += 2;
            else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) { pos += 2; zeroWidth = true; }
            else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) { pos += 3; zeroWidth = true; }
            else if (re.startsWith("?<", pos)) pos = re.indexOf('>', pos) + 1;
            else {
                // inline flags, "(?i)" or "(?i:...)": matching lower-cased text makes case flags harmless
                int end = pos + 1;
                while (end < re.length() && (Character.isLetter(re.charAt(end)) || re.charAt(end) == '-')) end++;
                boolean scoped = re.charAt(end) == ':';
                pos = end + 1;
                if (!scoped) return Info.ZERO;
            }
        }
        Info inner = alternation();
        if (pos >= re.length() || re.charAt(pos) != ')') throw new IllegalArgumentException("unbalanced group");
        pos++;
        return zeroWidth ? Info.ZERO : inner;
    }

    private static Info literal(char c) {
        return literalSet(Set.of(c));
    }

    private static Info literalSet(Set<Character> chars) {
        Set<String> s = new HashSet<>();
        for (char c : chars) s.add(String.valueOf(c).toLowerCase(Locale.ROOT));
        return new Info(s, s);
    }
}
