package org.diurna.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The boilerplate, credit and dateline patterns of {@code boilerplate.tsv}. */
public final class BoilerplateRules {
    /** kind: credit, boilerplate or dateline. */
    public record Rule(String kind, Pattern pattern) {}

    private final List<Rule> rules;

    public BoilerplateRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static BoilerplateRules load() {
        try (InputStream in = BoilerplateRules.class.getResourceAsStream("boilerplate.tsv")) {
            if (in == null) throw new IllegalStateException("boilerplate.tsv missing from the classpath");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BoilerplateRules parse(BufferedReader r) throws IOException {
        List<Rule> out = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            if (tab < 0) throw new IllegalStateException("boilerplate.tsv line " + n + ": expected kind<TAB>regex");
            String kind = line.substring(0, tab);
            if (!List.of("credit", "boilerplate", "dateline").contains(kind)) {
                throw new IllegalStateException("boilerplate.tsv line " + n + ": unknown kind " + kind);
            }
            out.add(new Rule(kind, Pattern.compile(line.substring(tab + 1))));
        }
        return new BoilerplateRules(out);
    }

    /** The first rule of {@code kind} matching the trimmed line (whole line, or prefix for datelines), or null. */
    public Matcher match(String kind, String trimmedLine) {
        for (Rule rule : rules) {
            if (!rule.kind().equals(kind)) continue;
            Matcher m = rule.pattern().matcher(trimmedLine);
            if (kind.equals("dateline") ? m.lookingAt() : m.matches()) return m;
        }
        return null;
    }
}
