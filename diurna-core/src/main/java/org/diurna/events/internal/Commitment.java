package org.diurna.events.internal;

import java.util.HashMap;
import java.util.Map;
import org.diurna.data.Tsv;
import org.diurna.events.Lexicon;
import org.diurna.model.Token;

/**
 * Whether a planned event is its source's own commitment ("Iraq said it would allow…", "Putin offered to
 * negotiate…", "Syria said it would not accept…"), and which event of the day stating it is (commitments.tsv: AGREE,
 * THREATEN, REJECT). The cues are the "commit" rows of factuality-LANG.tsv: an auxiliary of reported intent on the
 * event's verb ("would"; "will" only for the acts commitments.tsv marks, as it also tells schedules: "Blinken will
 * travel to Kyiv"), or a verb or adjective
 * of commitment governing it. A condition ("if", "unless") on the event's verb or its governor makes none.
 */
public final class Commitment {
    /** The event a commitment is: its PLOVER type and CAMEO root. */
    public record Stated(String plover, String cameo) {}

    private static final Map<String, Stated> STATED = new HashMap<>();
    private static final Map<String, Stated> REFUSED = new HashMap<>();
    /** The types a plain future ("will") states as a commitment (commitments.tsv, column future). */
    private static final java.util.Set<String> PLEDGED = new java.util.HashSet<>();

    static {
        for (Tsv.Row r : Tsv.read(Lexicon.class, "commitments.tsv", "id", "plover", "stated",
                "refused", "future", "example")) {
            put(STATED, r.get("plover"), r.get("stated"));
            if (r.get("future").equals("yes")) PLEDGED.add(r.get("plover"));
            put(REFUSED, r.get("plover"), r.get("refused"));
        }
    }

    private static void put(Map<String, Stated> m, String plover, String cell) {
        if (cell.equals("-")) return;
        String[] v = cell.split(":");
        m.put(plover, new Stated(v[0], v[1]));
    }

    private final Tree tree;
    private final Lexicon lexicon;

    public Commitment(Tree tree, Lexicon lexicon) {
        this.tree = tree;
        this.lexicon = lexicon;
    }

    /** The event stating the commitment of {@code p} (an event of type {@code plover}) is, or null. */
    public Stated of(Token p, String plover) {
        Token verb = p.isVerbal() ? p : tree.head(p);
        if (verb == null || !verb.isVerbal()) return null;
        if (has(verb, "mark", "hypothetical")) return null;
        boolean negated = has(verb, "advmod", "negated");
        if ((has(verb, "aux", null) || has(verb, "aux", "pledge")) && ultimatum(verb)) {
            // "Nigeria will withdraw its force unless Goukouni arranges a ceasefire": a condition the other side
            // must meet makes the stated act a threat, whatever the act
            return THREAT;
        }
        boolean committed = has(verb, "aux", null) || PLEDGED.contains(plover) && has(verb, "aux", "pledge");
        Token g = tree.head(verb);
        if (!committed && g != null && (verb.deprel().equals("xcomp") || verb.deprel().equals("ccomp"))
                && (cue(g, "commit") || committedBy(g, verb, tree, lexicon)) && !has(g, "mark", "hypothetical")) {
            committed = true;
            negated = negated || has(g, "advmod", "negated");
        }
        if (!committed) return null;
        return (negated ? REFUSED : STATED).get(plover);
    }

    /** The event a conditional commitment is ("ultimatum" cues of factuality-LANG.tsv: "unless"). */
    private static final Stated THREAT = new Stated("THREATEN", "13");

    /** Whether {@code verb} has a clause introduced by an ultimatum cue ("... unless Israel rescinds the annexation"). */
    private boolean ultimatum(Token verb) {
        for (Token c : tree.children(verb)) {
            if (!c.deprel().equals("advcl")) continue;
            for (Token m : tree.children(c)) {
                if (m.deprel().equals("mark") && lexicon.cue(m.word(), "ultimatum") != null) return true;
            }
        }
        return false;
    }

    /**
     * Whether a child of {@code t} by {@code rel} is a commit cue (factuality null), a pledge cue ("pledge"), or a
     * cue of {@code factuality}.
     */
    private boolean has(Token t, String rel, String factuality) {
        String kind = rel.equals("mark") ? "mark" : "neg";
        for (Token c : tree.children(t)) {
            if (!c.deprel().startsWith(rel)) continue;
            if (factuality == null ? cue(c, "commit") : factuality.equals("pledge") ? cue(c, "pledge")
                    : factuality.equals(lexicon.cue(c.word(), kind))) return true;
        }
        return false;
    }

    /**
     * "La Turquie s'est dite prête à coopérer": the parser hangs the infinitive on the verb, beside the adjective of
     * commitment; an adjective cue that is a predicative complement of {@code g} before {@code verb} governs it too.
     */
    static boolean committedBy(Token g, Token verb, Tree tree, Lexicon lexicon) {
        return cueBeside(g, verb, "commit", tree, lexicon) != null;
    }

    /** The factuality of a cue of {@code kind} on an adjective complement of {@code g} before {@code verb}, or null. */
    static String cueBeside(Token g, Token verb, String kind, Tree tree, Lexicon lexicon) {
        for (Token c : tree.children(g)) {
            if (c.index() >= verb.index() || !c.deprel().equals("xcomp") || !"ADJ".equals(c.pos())) continue;
            String f = lexicon.cue(c.word(), kind);
            if (f != null) return f;
        }
        return null;
    }

    private boolean cue(Token t, String kind) {
        return lexicon.cue(t.word(), kind) != null;
    }
}
