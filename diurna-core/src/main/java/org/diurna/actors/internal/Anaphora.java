package org.diurna.actors.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.diurna.actors.ActorDictionary;
import org.diurna.data.Keys;
import org.diurna.data.Tsv;
import org.diurna.model.Actor;
import org.diurna.model.Mention;
import org.diurna.model.Sentence;
import org.diurna.model.Token;
import org.diurna.morph.Agreement;
import org.diurna.morph.Morphology;

/**
 * Phrases that point back to actors already named ({@code anaphora.tsv}): "les deux dirigeants" → the last two people
 * named together; "il" as a subject → the nearest person before it; "l'agence" → the last news agency.
 */
public final class Anaphora {
    private record Pattern(List<String> words, String kind, String lang) {}

    private final List<Pattern> patterns;

    private Anaphora(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    public static Anaphora load() {
        return new Anaphora(Tsv.read(ActorDictionary.class, "anaphora.tsv", "pattern", "kind", "lang").stream()
                .map(r -> new Pattern(Arrays.stream(r.get("pattern").split(" ")).map(Keys::key).toList(),
                        r.get("kind"), r.get("lang")))
                .toList());
    }

    /** Unresolved anaphoric mentions of one sentence (their {@code how} is "anaphora:KIND"). */
    public List<Mention> scan(Sentence s, List<Surface> words, String lang, boolean[] taken) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (taken[i]) continue;
            for (Pattern p : patterns) {
                if (!p.lang().equals(lang) || !matches(p, words, i, taken)) continue;
                // "la" of "le ministre de la Défense" is an article, not the pronoun of "il la reçoit"
                if (p.kind().startsWith("OBJECT") && !"PRON".equals(s.token(words.get(i).token()).pos())) continue;
                Surface last = words.get(i + p.words().size() - 1);
                // "ce dernier rapport": an adjective before its noun is no reference to a person
                if (p.kind().equals("LATTER") && s.token(last.token()).deprel().equals("amod")) continue;
                out.add(new Mention(words.get(i).start(), last.end(), null, "ANAPHORA", null, null, null,
                        "anaphora:" + p.kind() + ":" + words.get(i).token()));
                for (int k = i; k < i + p.words().size(); k++) taken[k] = true;
                i += p.words().size() - 1;
                break;
            }
        }
        return out;
    }

    private static boolean matches(Pattern p, List<Surface> words, int i, boolean[] taken) {
        if (i + p.words().size() > words.size()) return false;
        for (int k = 0; k < p.words().size(); k++) {
            if (taken[i + k] || !Keys.key(words.get(i + k).text()).equals(p.words().get(k))) return false;
        }
        return true;
    }

    /** Resolves the pending mentions against what was named before them; unresolvable ones are dropped. */
    public List<Mention> resolve(List<Mention> pending, List<Mention> named, List<Sentence> sentences, String lang) {
        Morphology morph = Morphology.of(lang);
        List<Mention> out = new ArrayList<>();
        for (Mention p : pending) {
            String[] how = p.how().split(":");
            Sentence s = sentenceOf(p, sentences);
            List<Actor> actors = switch (how[1]) {
                case "PAIR_PERSON" -> Antecedents.pair(named, p.start(), "PERSON", s == null ? -1 : s.start());
                case "PAIR_COUNTRY" -> Antecedents.pair(named, p.start(), "LOCATION", s == null ? -1 : s.start());
                case "PAIR_ANY" -> Antecedents.pair(named, p.start(), null);
                case "PRONOUN_SG" -> subject(s, how) ? Antecedents.person(named, p.start(), s, sentences,
                        body(morph, s, how))
                        : complement(s, how) ? Antecedents.object(named, p.start(), s, sentences,
                        clauseSubject(s, how, named, out)) : List.of();
                case "OBJECT_SG" -> complement(s, how) ? Antecedents.object(named, p.start(), s, sentences,
                        clauseSubject(s, how, named, out)) : List.of();
                case "PRONOUN_PL" -> subject(s, how) ? Antecedents.plural(named, p.start(), s, sentences, morph)
                        : List.of();
                case "LAST_SECTOR" -> Antecedents.lastOfSector(named, p.start(), how[2]);
                case "LAST_COUNTRY" -> Antecedents.lastCountry(named, p.start());
                case "LATTER" -> Antecedents.latter(named, p.start(), s, sentences);
                default -> List.of();
            };
            if (actors.isEmpty()) continue;
            String text = null;
            if (actors.size() == 1) {
                out.add(new Mention(p.start(), p.end(), text, "REFERENCE", actors.get(0), null, null, "anaphora"));
            } else {
                out.add(new Mention(p.start(), p.end(), text, "PLURAL", null, null, actors, "anaphora"));
            }
        }
        return out;
    }

    /**
     * The bodies a subject pronoun may stand for: "il" is "le gouvernement pakistanais", "elle" "la police", a
     * singular body whose head noun has the pronoun's gender (the morphology tells both); none where either is open.
     */
    private static java.util.function.BiPredicate<Mention, Sentence> body(Morphology morph, Sentence s, String[] how) {
        Agreement pronoun = s == null ? Agreement.UNKNOWN
                : morph.pronounAgreement(s.token(Integer.parseInt(how[how.length - 1])).word());
        if (pronoun.feminine() == null || !Boolean.FALSE.equals(pronoun.plural())) return (m, at) -> false;
        return (m, at) -> {
            if (m.actor() == null || !"GROUP".equals(m.type()) && !"ORGANIZATION".equals(m.type())) return false;
            Token head = Antecedents.headToken(m, at);
            // "l'organisation État islamique": a name in apposition to a common noun has that noun's gender
            if (head != null && !head.isCommonNoun() && head.head() >= 0 && at.token(head.head()).isCommonNoun()
                    && (head.deprel().equals("appos") || head.deprel().startsWith("nmod")
                    || head.deprel().startsWith("flat"))) {
                head = at.token(head.head());
            }
            if (head == null || !head.isCommonNoun()) return false;
            Agreement a = morph.nounAgreement(head.word());
            // "le ministre", "la porte-parole": a noun of either gender agrees with either pronoun
            return Boolean.FALSE.equals(a.plural()) && (a.feminine() == null || pronoun.feminine().equals(a.feminine()));
        };
    }

    private static boolean subject(Sentence s, String[] how) {
        if (s == null) return false;
        Token t = s.token(Integer.parseInt(how[how.length - 1]));
        // "a-t-il affirmé": an inverted subject clitic is a subject whatever the parser called it
        return t.deprel().startsWith("nsubj") || t.word().startsWith("-");
    }

    /**
     * "il le met en garde", "un mandat contre lui": a pronoun that is a verb's object or a preposition's complement
     * (the parser may tag object clitics as determiners; only a pronoun counts).
     */
    private static boolean complement(Sentence s, String[] how) {
        if (s == null) return false;
        Token t = s.token(Integer.parseInt(how[how.length - 1]));
        if (!"PRON".equals(t.pos())) return false;
        String r = t.deprel();
        return r.equals("obj") || r.equals("iobj") || r.startsWith("obl") || r.startsWith("nmod");
    }

    /** The actor of the subject of the clause the pronoun sits in: an object pronoun never stands for it. */
    private static Actor clauseSubject(Sentence s, String[] how, List<Mention> named, List<Mention> resolved) {
        Token t = s.token(Integer.parseInt(how[how.length - 1]));
        Token verb = t;
        for (int up = 0; up < 3 && verb.head() >= 0; up++) {
            verb = s.token(verb.head());
            if (verb.pos().equals("VERB")) break;
        }
        for (Token c : s.tokens()) {
            if (c.head() != verb.index() || !c.deprel().startsWith("nsubj")) continue;
            for (List<Mention> ms : List.of(resolved, named)) {
                for (Mention m : ms) {
                    if (m.start() <= c.start() && c.end() <= m.end() && m.actor() != null) return m.actor();
                }
            }
        }
        return null;
    }

    private static Sentence sentenceOf(Mention m, List<Sentence> sentences) {
        for (Sentence s : sentences) if (s.start() <= m.start() && m.end() <= s.end()) return s;
        return null;
    }
}
