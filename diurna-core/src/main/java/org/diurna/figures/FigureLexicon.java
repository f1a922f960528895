package org.diurna.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.diurna.figures.Words.Word;

/**
 * The word lists of one language, read once from this package's {@code units-xx.tsv}, {@code qualifiers-xx.tsv} and
 * {@code numbers-xx.tsv} (their headers explain the columns). Immutable once loaded, shared by all threads.
 */
final class FigureLexicon {
    /** A number word: its kind (word, hundred, thousand, scale, approx, many, fraction, det, and) and value. */
    record NumberWord(String kind, double value) {}

    /** A qualifier ("plus de" → more than) found at words [from, to). */
    record Found(String qualifier, int from, int to) {}

    private record Qualifier(List<String> words, String qualifier, boolean post) {}

    private static final Set<String> ROLES = Set.of("count", "group", "pred", "gov", "pre", "stop", "population", "link");
    private static final Map<String, FigureLexicon> CACHE = new ConcurrentHashMap<>();

    private final Map<String, Map<String, String>> roles = new HashMap<>(); // form → role → unit
    private final Map<String, Integer> min = new HashMap<>();
    private final Map<String, NumberWord> numbers = new HashMap<>();
    private final List<List<String>> percents = new ArrayList<>();
    private final Set<String> yearPreps = new HashSet<>();
    private final List<Qualifier> qualifiers = new ArrayList<>();

    /** The lexicon of "fr" or "en", or null for a language without one. */
    static FigureLexicon of(String language) {
        if (!"fr".equals(language) && !"en".equals(language)) return null;
        return CACHE.computeIfAbsent(language, FigureLexicon::load);
    }

    private static FigureLexicon load(String lang) {
        FigureLexicon lx = new FigureLexicon();
        for (String[] f : rows("units-" + lang + ".tsv")) {
            for (String role : f[2].split(",")) {
                if (!ROLES.contains(role)) throw new IllegalStateException("units-" + lang + ".tsv: unknown role " + role);
                for (String form : f[0].split("\\|")) {
                    lx.roles.computeIfAbsent(Words.norm(form), k -> new HashMap<>()).put(role, f[1]);
                    if (f.length > 3 && role.equals("group")) lx.min.put(Words.norm(form), Integer.parseInt(f[3]));
                }
            }
        }
        for (String[] f : rows("numbers-" + lang + ".tsv")) {
            for (String form : f[0].split("\\|")) {
                switch (f[2]) {
                    case "percent" -> lx.percents.add(Words.norms(form));
                    case "year-prep" -> lx.yearPreps.add(Words.norm(form));
                    default -> lx.numbers.put(Words.norm(form), new NumberWord(f[2], Double.parseDouble(f[1])));
                }
            }
        }
        for (String[] f : rows("qualifiers-" + lang + ".tsv")) {
            lx.qualifiers.add(new Qualifier(Words.norms(f[0]), f[1], "post".equals(f[2])));
        }
        // longest first, so that "pas plus de" (up to) wins over "plus de" (more than)
        lx.qualifiers.sort(Comparator.comparingInt((Qualifier q) -> q.words().size()).reversed());
        return lx;
    }

    private static List<String[]> rows(String name) {
        try (InputStream in = FigureLexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 3) throw new IllegalStateException(name + ": expected 3 columns in '" + line + "'");
                out.add(f);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The unit {@code word} gives in {@code role} ("-" for none of its own), or null when it has no such role. */
    String unit(String word, String role) {
        Map<String, String> r = roles.get(word);
        return r == null ? null : r.get(role);
    }

    boolean has(Word w, String role) { return unit(w.norm(), role) != null; }

    int min(Word w) { return min.getOrDefault(w.norm(), 1); }

    NumberWord number(String word) { return numbers.get(word); }

    boolean yearPrep(Word w) { return yearPreps.contains(w.norm()); }

    boolean percentAt(List<Word> w, int i) {
        for (List<String> p : percents) if (matches(w, i, p)) return true;
        return false;
    }

    /** The qualifier that ends right before word {@code i}, or null. */
    Found before(List<Word> w, int i) {
        for (Qualifier q : qualifiers) {
            int from = i - q.words().size();
            if (!q.post() && from >= 0 && matches(w, from, q.words())) return new Found(q.qualifier(), from, i);
        }
        return null;
    }

    /** The qualifier that starts at word {@code i} after a counted noun ("300 morts au moins"), or null. */
    Found after(List<Word> w, int i) {
        for (Qualifier q : qualifiers) {
            int to = i + q.words().size();
            if (q.post() && matches(w, i, q.words())
                    && (to >= w.size() || !w.get(to).isNumber() && number(w.get(to).norm()) == null)) {
                return new Found(q.qualifier(), i, to);
            }
        }
        return null;
    }

    private static boolean matches(List<Word> w, int at, List<String> seq) {
        if (at < 0 || at + seq.size() > w.size()) return false;
        for (int k = 0; k < seq.size(); k++) if (!w.get(at + k).norm().equals(seq.get(k))) return false;
        return true;
    }
}
