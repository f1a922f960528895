package org.diurna.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.diurna.model.Span;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layer;
import org.diurna.pipeline.Layers;
import org.diurna.pipeline.Stage;

/**
 * First stage: normalises typography, finds paragraphs, the title line, credits, datelines and boilerplate, and
 * blanks the boilerplate out of the text the NLP reads (same length, so offsets hold).
 */
public final class TextPreparer implements Stage {
    private static final int MAX_TITLE = 200;
    private final BoilerplateRules rules;

    public TextPreparer(BoilerplateRules rules) {
        this.rules = rules;
    }

    public TextPreparer() {
        this(BoilerplateRules.load());
    }

    @Override public Set<Layer<?>> requires() { return Set.of(); }

    @Override public Set<Layer<?>> provides() { return Set.of(Layers.PREPARED); }

    @Override public Document apply(Document doc) {
        return doc.with(Layers.PREPARED, prepare(doc.text()));
    }

    public PreparedText prepare(String original) {
        String norm = Normalizer.normalize(original);
        List<Span> boiler = new ArrayList<>();
        List<Span> paragraphs = new ArrayList<>();
        String credit = null;
        Span creditSpan = null;
        Span title = null;
        int paraStart = -1;
        int paraEnd = -1;
        int pos = 0;
        while (pos <= norm.length()) {
            int nl = norm.indexOf('\n', pos);
            int lineEnd = nl < 0 ? norm.length() : nl;
            Span line = trim(norm, pos, lineEnd);
            if (line == null) {
                if (paraStart >= 0) paragraphs.add(new Span(paraStart, paraEnd));
                paraStart = -1;
            } else {
                String text = line.of(norm);
                Matcher m;
                if ((m = rules.match("credit", text)) != null) {
                    boiler.add(line);
                    if (credit == null) {
                        credit = m.group("credit").trim();
                        creditSpan = new Span(line.start() + m.start("credit"), line.start() + m.end("credit"));
                    }
                } else if (rules.match("boilerplate", text) != null) {
                    boiler.add(line);
                } else {
                    int contentStart = line.start();
                    if (paraStart < 0 && (m = rules.match("dateline", text)) != null) {
                        boiler.add(new Span(line.start(), line.start() + m.end()));
                        if (credit == null && hasCredit(m)) {
                            credit = m.group("credit");
                            creditSpan = new Span(line.start() + m.start("credit"), line.start() + m.end("credit"));
                        }
                        contentStart = line.start() + m.end();
                    }
                    if (title == null && paragraphs.isEmpty() && paraStart < 0 && looksLikeTitle(norm, line, lineEnd)) {
                        title = line;
                    }
                    if (paraStart < 0) paraStart = contentStart;
                    paraEnd = line.end();
                }
            }
            if (nl < 0) break;
            pos = nl + 1;
        }
        if (paraStart >= 0) paragraphs.add(new Span(paraStart, paraEnd));
        return new PreparedText(norm, blank(norm, boiler), boiler, credit, creditSpan, title, paragraphs);
    }

    /** A first short line without final punctuation followed by a blank line is a title. */
    private static boolean looksLikeTitle(String s, Span line, int lineEnd) {
        if (line.length() > MAX_TITLE) return false;
        char last = s.charAt(line.end() - 1);
        if (last == '.' || last == ',' || last == ';') return false;
        int next = lineEnd + 1;
        if (next >= s.length()) return false;
        int nl = s.indexOf('\n', next);
        return trim(s, next, nl < 0 ? s.length() : nl) == null;
    }

    private static Span trim(String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) from++;
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) to--;
        return from < to ? new Span(from, to) : null;
    }

    private static String blank(String s, List<Span> spans) {
        if (spans.isEmpty()) return s;
        char[] c = s.toCharArray();
        for (Span b : spans) for (int i = b.start(); i < b.end(); i++) if (c[i] != '\n') c[i] = ' ';
        return new String(c);
    }

    /** The dateline named its agency ("(AFP)"); "BAMAKO, 6 mars 2024 -" names none. */
    private static boolean hasCredit(Matcher m) {
        try {
            return m.group("credit") != null;
        } catch (IllegalArgumentException noSuchGroup) {
            return false;
        }
    }
}
