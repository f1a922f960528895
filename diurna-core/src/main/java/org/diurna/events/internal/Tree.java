package org.diurna.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diurna.data.Keys;
import org.diurna.model.Sentence;
import org.diurna.model.Token;

/** Dependency-tree walks over one parsed sentence. */
public final class Tree {
    /** Relations that open a new clause: arguments are not looked for beyond them. */
    private static final Set<String> CLAUSAL = Set.of("acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis",
            "conj", "csubj", "punct");
    private static final Set<String> ETRE = Set.of("est", "sont", "était", "étaient", "sera", "seront", "été",
            "serait", "seraient", "soit", "soient", "être", "fut", "furent");

    private static final Set<String> ATTRIBUTION = Set.of("selon", "d'apres", "d apres", "according to");


    private final Sentence s;
    private final org.diurna.events.Lexicon lexicon;

    public Tree(Sentence s, org.diurna.events.Lexicon lexicon) {
        this.s = s;
        this.lexicon = lexicon;
    }

    public org.diurna.events.Lexicon lexicon() { return lexicon; }

    public Sentence sentence() { return s; }

    public Token token(int i) { return s.token(i); }

    public Token head(Token t) { return t.head() < 0 ? null : s.token(t.head()); }

    public List<Token> children(Token t) { return s.children(t.index()); }

    /** Children with a relation starting with {@code rel} ("obl" matches obl, obl:arg, obl:mod, obl:agent). */
    public List<Token> children(Token t, String rel) {
        return children(t).stream().filter(c -> c.deprel().equals(rel) || c.deprel().startsWith(rel + ":")).toList();
    }

    public Token child(Token t, String exactRel) {
        for (Token c : children(t)) if (c.deprel().equals(exactRel)) return c;
        return null;
    }

    /** The normalised word of the preposition introducing {@code t} ("avec", "de", "a" for à), or "". */
    public String caseOf(Token t) {
        StringBuilder b = new StringBuilder();
        for (Token c : children(t)) {
            if (c.deprel().equals("case")) {
                b.setLength(0);
                b.append(Keys.key(c.word()));
                for (Token f : children(c)) if (f.deprel().equals("fixed")) b.append(' ').append(Keys.key(f.word()));
            }
        }
        String k = b.toString();
        k = k.endsWith("'") ? k.substring(0, k.length() - 1) : k;
        // elided prepositions are their full forms: "d'Israël" is "de", "qu'" is "que"
        return switch (k) {
            case "d" -> "de";
            case "qu" -> "que";
            default -> k;
        };
    }

    /**
     * All the prepositions introducing {@code t}, joined ("d'après" when the parser gives "D'" and "après" as two
     * case words), normalised as {@link Keys#key}.
     */
    public String caseWords(Token t) {
        StringBuilder b = new StringBuilder();
        for (Token c : children(t)) {
            if (!c.deprel().equals("case")) continue;
            if (b.length() > 0) b.append(' ');
            b.append(Keys.key(c.word()));
            for (Token f : children(c)) if (f.deprel().equals("fixed")) b.append(' ').append(Keys.key(f.word()));
        }
        return b.toString().replace("' ", "'");
    }

    /** Nominal dependents (obl*, nmod*, obj, iobj) of {@code t} down to {@code depth} levels, not crossing clauses. */
    public List<Token> complements(Token t, int depth) {
        List<Token> out = new ArrayList<>();
        collect(t, depth, out);
        return out;
    }

    private void collect(Token t, int depth, List<Token> out) {
        if (depth == 0) return;
        // "la ratification de l'accord de Paris": the place in a name is no complement of anything (but "l'accord
        // entre X et Y" names its parties)
        boolean named = t.isCommonNoun() && lexicon.isNameHead(t.word());
        for (Token c : children(t)) {
            String r = c.deprel();
            if (named && "PROPN".equals(c.pos()) && caseOf(c).equals("de")) continue;
            if (r.startsWith("obl") || r.startsWith("nmod") || r.equals("obj") || r.equals("iobj")
                    || r.equals("appos")) {
                out.add(c);
                collect(c, depth - 1, out);
            }
        }
    }

    /** The word is introduced by a preposition saying who reports ("selon l'armée", "d'après la police"). */
    public boolean attributed(Token t) {
        return ATTRIBUTION.contains(caseOf(t)) || ATTRIBUTION.contains(caseWords(t));
    }

    /** Tokens of the noun phrase headed by {@code t}: its subtree without clauses. */
    public List<Token> phrase(Token t) {
        List<Token> out = new ArrayList<>();
        out.add(t);
        for (Token c : children(t)) {
            // "selon X" names who reports, never part of what is reported
            if (attributed(c)) continue;
            if (!CLAUSAL.contains(c.deprel()) || (c.deprel().equals("conj") && !c.isVerbal())) out.addAll(phrase(c));
        }
        return out;
    }

    /** True for a descendant within {@code depth} levels whose normalised word is in {@code words}. */
    private static final int REQUIREMENT_DEPTH = 3;

    public boolean hasWordBelow(Token t, Set<String> words, int depth) {
        if (depth == 0) return false;
        for (Token c : children(t)) {
            // "a appelé" is no "à": auxiliaries and copulas are never the word a requirement asks for
            if (c.deprel().startsWith("aux") || c.deprel().equals("cop")) continue;
            // a requirement names the predicate's own arguments, not words of a clause inside them ("les soldats
            // stationnés sur son territoire" has no territory expelled)
            boolean clause = depth < REQUIREMENT_DEPTH && CLAUSAL.contains(c.deprel()) && c.isVerbal();
            String k = Keys.key(c.word());
            // the participle itself still qualifies its noun: "l'explosion d'une voiture piégée"
            if (clause && !"acl".equals(c.deprel())) continue;
            if (clause) {
                if (words.contains(k)) return true;
                continue;
            }
            // a plural matches its singular: "accords" for "accord"
            String sg = k.endsWith("s") || k.endsWith("x") ? k.substring(0, k.length() - 1) : k;
            // an elided word is its full form: "d'" is "de", "l'" is "le"
            String full = k.endsWith("'") ? k.substring(0, k.length() - 1) + "e" : k;
            if (words.contains(k) || words.contains(sg) || words.contains(full) || hasWordBelow(c, words, depth - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The agent complement of a passive or participle: French "obl:agent" ("par X"); English CoreNLP gives a plain
     * "obl" (or "nmod") introduced by "by".
     */
    public Token agent(Token p) {
        Token a = child(p, "obl:agent");
        if (a != null) return a;
        for (Token c : children(p)) if (isAgent(c)) return c;
        return null;
    }

    /** "obl:agent", or an English "by" complement of a passive verb or participle. */
    public boolean isAgent(Token c) {
        if (c.deprel().equals("obl:agent")) return true;
        Token h = head(c);
        return (c.deprel().equals("obl") || c.deprel().equals("nmod")) && caseOf(c).equals("by") && h != null
                && "VBN".equals(h.pos());
    }

    public boolean reflexive(Token p) {
        for (Token c : children(p)) {
            String w = Keys.key(c.word());
            if ((c.deprel().startsWith("expl") || c.deprel().equals("obj") || c.deprel().equals("iobj"))
                    && (w.equals("se") || w.equals("s'") || w.equals("s"))) return true;
        }
        return false;
    }

    /** The subject of {@code p} is a plural noun ("les rebelles", "des manifestants"): French plurals end in s or x. */
    public boolean pluralSubject(Token p) {
        for (Token c : children(p)) {
            if (!c.deprel().startsWith("nsubj") || !c.isCommonNoun()) continue;
            String w = Keys.key(c.word());
            return w.endsWith("s") || w.endsWith("x");
        }
        return false;
    }

    /** Passive voice: a passive subject or auxiliary, a "par" agent, or être + participle that is not reflexive. */
    public boolean passive(Token p) {
        // "sont descendus dans la rue", "sont convenus": être-verbs in compound tenses, whatever the parser says
        if (lexicon.isEtreVerb(p.word()) && child(p, "obl:agent") == null) return false;
        // "Erdogan s'en est pris à Israël": être with a reflexive pronoun is a pronominal verb, never a passive
        if (reflexive(p)) return false;
        for (Token c : children(p)) {
            String r = c.deprel();
            if (r.equals("aux:pass") || r.equals("nsubj:pass") || r.equals("obl:agent")) return true;
        }
        if (reflexive(p) || lexicon.isEtreVerb(p.word())) return false;
        for (Token c : children(p)) {
            if (c.deprel().startsWith("aux") && ETRE.contains(c.word().toLowerCase())) return true;
        }
        return false;
    }

    /** A participle modifying a noun ("les troupes soutenues par l'artillerie"). */
    public boolean adjectivalParticiple(Token p) {
        return p.deprel().startsWith("acl") && !p.deprel().equals("acl:relcl") && child(p, "nsubj") == null
                && child(p, "mark") == null && ("VBN".equals(p.pos()) || p.word().endsWith("é") || p.word().endsWith("ée")
                || p.word().endsWith("és") || p.word().endsWith("ées") || p.word().endsWith("u")
                || p.word().endsWith("ue") || p.word().endsWith("us") || p.word().endsWith("ues")
                || p.word().endsWith("is") || p.word().endsWith("ise") || p.word().endsWith("it"));
    }
}
