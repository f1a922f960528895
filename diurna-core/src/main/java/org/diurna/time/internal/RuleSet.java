package org.diurna.time.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A parsed rule file ({@code rules-fr.tsv}): rules in priority order, the named sub-patterns they share, the
 * normalisation maps of their groups and the word lists the tense detector reads. Immutable once loaded.
 *
 * <p>Lines, tab-separated, '#' starts a comment line:
 * <pre>
 * &#64;version  3
 * &#64;define   WD      lundi|mardi|...            ({WD} in a pattern becomes (?:lundi|mardi|...))
 * &#64;map      wd      lundi=1 mardi=2 ...        (group "wd", or "wd2", normalised through it in values)
 * &#64;lex      future  doit|va|prévue?s?|...      (word lists for the tense detector, see TenseDetector)
 * name  mode  type  pattern  value  [before=NOUN|PROPN]
 * </pre>
 */
public final class RuleSet {
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    /** {NAME}, but not the {L} of \p{L}. */
    private static final Pattern DEFINE_REF = Pattern.compile("(?<!\\\\[pP])\\{([A-Z][A-Z0-9_]*)\\}");

    private final String version;
    private final List<Rule> rules;
    private final Map<String, Map<String, String>> maps;
    private final Map<String, Pattern> lexicon;

    private RuleSet(String version, List<Rule> rules, Map<String, Map<String, String>> maps,
                    Map<String, Pattern> lexicon) {
        this.version = version;
        this.rules = List.copyOf(rules);
        this.maps = Map.copyOf(maps);
        this.lexicon = Map.copyOf(lexicon);
    }

    /** The rule file of a language on the classpath, or an empty set when there is none. */
    public static RuleSet forLanguage(String language) {
        String res = "/org/diurna/time/rules-" + language + ".tsv";
        try (InputStream in = RuleSet.class.getResourceAsStream(res)) {
            if (in == null) return new RuleSet("none", List.of(), Map.of(), Map.of());
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), res);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuleSet parse(String content, String source) {
        String version = "unversioned";
        List<Rule> rules = new ArrayList<>();
        Map<String, String> defines = new LinkedHashMap<>();
        Map<String, Map<String, String>> maps = new HashMap<>();
        Map<String, Pattern> lexicon = new HashMap<>();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(content))) {
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t+");
                String where = source + ":" + lineNo;
                try {
                    switch (f[0]) {
                        case "@version": version = f[1].trim(); break;
                        case "@define": defines.put(f[1].trim(), expand(f[2].trim(), defines, where)); break;
                        case "@map": maps.put(f[1].trim(), parseMap(Arrays.copyOfRange(f, 2, f.length), where)); break;
                        case "@lex":
                            lexicon.put(f[1].trim(), Pattern.compile(expand(f[2].trim(), defines, where),
                                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                            break;
                        default: rules.add(rule(f, defines, where));
                    }
                } catch (ArrayIndexOutOfBoundsException | PatternSyntaxException e) {
                    throw new IllegalArgumentException(where + ": bad line: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleSet(version, rules, maps, lexicon);
    }

    private static Rule rule(String[] f, Map<String, String> defines, String where) {
        if (f.length < 5) throw new IllegalArgumentException(where + ": a rule needs name, mode, type, pattern, value");
        String regex = expand(f[3].trim(), defines, where);
        // a match never starts or ends inside a word, whatever the rule writer forgot ("mars" is not in "Marseille")
        Pattern p = Pattern.compile("(?:(?<![\\p{L}\\p{N}])|(?=[^\\p{L}\\p{N}]))(?:" + regex
                + ")(?:(?![\\p{L}\\p{N}])|(?<=[^\\p{L}\\p{N}]))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> groups = new ArrayList<>();
        Matcher g = GROUP_NAME.matcher(regex);
        while (g.find()) groups.add(g.group(1));
        Set<String> before = Set.of();
        for (int i = 5; i < f.length; i++) {
            String c = f[i].trim();
            if (c.startsWith("before=")) before = Set.of(c.substring(7).split("\\|"));
            else if (!c.isEmpty() && !c.startsWith("#")) {
                throw new IllegalArgumentException(where + ": unknown constraint '" + c + "'");
            }
        }
        return new Rule(f[0].trim(), Rule.Mode.parse(f[1]), f[2].trim(), p, f[4].trim(), groups, before,
                RegexLiterals.requiredAll(regex));
    }

    private static String expand(String regex, Map<String, String> defines, String where) {
        Matcher m = DEFINE_REF.matcher(regex);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String d = defines.get(m.group(1));
            if (d == null) throw new IllegalArgumentException(where + ": {" + m.group(1) + "} is not defined");
            m.appendReplacement(sb, Matcher.quoteReplacement("(?:" + d + ")"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Map<String, String> parseMap(String[] fields, String where) {
        Map<String, String> m = new HashMap<>();
        for (String field : fields) {
            for (String kv : field.trim().split("\\s+")) {
                int eq = kv.indexOf('=');
                if (eq <= 0) throw new IllegalArgumentException(where + ": map entry '" + kv + "' is not key=value");
                m.put(kv.substring(0, eq).replace('_', ' ').toLowerCase(Locale.ROOT), kv.substring(eq + 1));
            }
        }
        return m;
    }

    public String version() { return version; }

    public List<Rule> rules() { return rules; }

    /** The word list named {@code name}, or null. */
    public Pattern lexicon(String name) { return lexicon.get(name); }

    /**
     * The normalised form of a group's text: through the map of the group's name (trailing digits dropped, so
     * "d2" uses "d"), else the text itself when it is a number, else the lower-cased text.
     */
    public String normalise(String group, String text) {
        if (text == null) return null;
        String key = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace('’', '\'');
        Map<String, String> m = maps.get(group.replaceAll("\\d+$", ""));
        if (m != null && m.containsKey(key)) return m.get(key);
        return key;
    }
}
