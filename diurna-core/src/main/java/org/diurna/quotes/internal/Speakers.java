package org.diurna.quotes.internal;

import java.util.List;
import java.util.Set;
import org.diurna.actors.ActorDictionary;
import org.diurna.actors.SurfaceNames;
import org.diurna.data.Keys;
import org.diurna.events.Lexicon;
import org.diurna.events.internal.Arg;
import org.diurna.events.internal.Arguments;
import org.diurna.events.internal.Phrases;
import org.diurna.events.internal.Tree;
import org.diurna.model.Actor;
import org.diurna.model.Mention;
import org.diurna.model.Participant;
import org.diurna.model.Sentence;
import org.diurna.model.Span;
import org.diurna.model.Token;

/**
 * Who said a quotation, within its own sentence: the subject of the reporting verb above it ("X a déclaré « … »"), of
 * a reporting verb beside it ("« … », a-t-il ajouté": the pronoun resolved), "selon X" / "d'après X", else the
 * subject of the nearest verb above it. A subject naming no known actor ("un responsable de l'administration") is the
 * speaker under the words the text uses. Across sentences see {@code QuoteStage}.
 */
public final class Speakers {
    private static final int MAX_UP = 8;
    private static final int MAX_NAME_WORDS = 8;
    private static final String PERSON_ID = "person:";
    /** The case words of a "de" complement, which stays in a speaker's phrase ("un proche de Macron"). */
    private static final Set<String> OF = Set.of("de", "du", "des", "d'");
    private final ActorDictionary dict;
    private final Lexicon lexicon;
    private final SurfaceNames names;
    private final String text;
    private final java.util.Map<String, Boolean> according;

    /**
     * @param according attribution words ("selon") mapped to whether their phrase must name a known actor to be a
     *                  speaker ("pour M. Goudet, « … »" yes; "pour la première fois" no)
     */
    public Speakers(ActorDictionary dict, Lexicon lexicon, SurfaceNames names, String text,
                    java.util.Map<String, Boolean> according) {
        this.dict = dict;
        this.lexicon = lexicon;
        this.names = names;
        this.text = text;
        this.according = according;
    }

    /** "clame-t-il", "a-t-elle ajouté": an inverted subject pronoun after a reporting verb. */
    private static final java.util.regex.Pattern INVERTED = java.util.regex.Pattern.compile(
            "-(t-)?(il|elle|ils|elles|on)");

    /**
     * True when the quote is followed, in its sentence, by a reporting verb with an inverted pronoun ("« … »,
     * clame-t-il"): the speaker is then whoever the pronoun stands for outside the quotation.
     */
    public boolean pronounIncise(Sentence s, Span q) {
        Token prev = null;
        for (Token t : s.tokens()) {
            if (t.start() >= q.end() && prev != null && INVERTED.matcher(t.word().toLowerCase()).matches()
                    && lexicon.isReporting(prev.word().replaceAll(INVERTED.pattern() + "$", ""))) {
                return true;
            }
            if (t.start() >= q.end() && INVERTED.matcher(t.word().toLowerCase()).find()
                    && lexicon.isReporting(t.word().replaceAll(INVERTED.pattern() + "$", ""))) {
                return true;
            }
            // "« … », a-t-il ajouté": the pronoun sits between the auxiliary and the reporting participle
            if (prev != null && prev.start() >= q.end() && INVERTED.matcher(prev.word().toLowerCase()).find()
                    && lexicon.isReporting(t.word())) {
                return true;
            }
            prev = t;
        }
        return false;
    }

    /** The speaker found in the quote's sentence, or null. */
    public Participant inSentence(Sentence s, Span q, List<Mention> mentions) {
        Tree tree = new Tree(s, lexicon);
        Phrases phrases = new Phrases(tree, mentions, dict);
        Arguments args = new Arguments(tree, phrases, lexicon, dict);
        Participant incise = incise(tree, args, phrases, s, q);
        if (incise != null) return incise;
        Token up = outside(tree, s, q);
        Participant fallback = null;
        for (int i = 0; up != null && i < MAX_UP; i++, up = tree.head(up)) {
            if (!up.isVerbal()) continue;
            Token said = tree.head(up);
            if (up.deprel().startsWith("acl") && said != null && said.isCommonNoun()
                    && lexicon.isDocumentNoun(said.word())) {
                // "selon des propos de X rapportés par l'AFP": who reports remarks did not make them
                Participant author = namedPerson(tree, phrases, said, q);
                if (author != null) return author;
            }
            Participant p = subject(tree, args, phrases, up, q);
            if (p == null) continue;
            if (lexicon.isReporting(up.word())) return p;
            if (fallback == null) fallback = p;
        }
        for (Token t : s.tokens()) {
            if (q.contains(t.start()) || !t.isVerbal() || !lexicon.isReporting(t.word())) continue;
            Participant p = subject(tree, args, phrases, t, q);
            if (p != null) return p;
        }
        for (Token t : s.tokens()) {
            if (q.contains(t.start())) continue;
            Boolean needsActor = attribution(tree, t);
            if (needsActor == null || needsActor && phrases.of(t).empty()) continue;
            Participant p = phrase(phrases, tree, t, q);
            if (p != null) return p;
        }
        return fallback;
    }

    /**
     * Whom a plural pronoun speaker stands for in the sentence before ("Selon les pompiers, le bâtiment n'était pas
     * aux normes. Ils affirment avoir « … »"): the source its attribution word names, else the subject of its main
     * verb, when that names actors (not "le bâtiment") of the pronoun's number; null otherwise. {@code quoted} is the
     * sentence's own quotation, which a speaker's phrase never reaches into.
     */
    public Participant topic(Sentence s, Span quoted, List<Mention> mentions, String number, SpeakerNumber numbers) {
        Tree tree = new Tree(s, lexicon);
        Phrases phrases = new Phrases(tree, mentions, dict);
        Arguments args = new Arguments(tree, phrases, lexicon, dict);
        Span none = quoted;
        for (Token t : s.tokens()) {
            // an attribution word introduces a source, whatever the dictionary knows of it
            if (attribution(tree, t) == null || !t.isNominal()) continue;
            Participant p = phrase(phrases, tree, t, none);
            if (p != null && number.equals(numbers.ofName(p.name()))) return p;
        }
        for (Token t : s.tokens()) {
            if (t.head() >= 0 || !t.isVerbal()) continue;
            Participant p = subject(tree, args, phrases, t, none);
            boolean named = p != null && mentions.stream().anyMatch(m -> m.start() < p.end() && p.start() < m.end()
                    && !"LOCATION".equals(m.type()));
            if (named && number.equals(numbers.ofName(p.name()))) return p;
        }
        return null;
    }

    /**
     * Whether a word is the attribution word of its phrase ("selon X", "d'après X"): null when not, else whether the
     * phrase must name a known actor to be a speaker.
     */
    private Boolean attribution(Tree tree, Token t) {
        Boolean needsActor = according.get(tree.caseWords(t));
        return needsActor != null ? needsActor : according.get(tree.caseOf(t).replace("' ", "'"));
    }

    /** The subject of the main reporting (else any) verb of a sentence that introduces a quotation ("X a dit :"). */
    public Participant introducer(Sentence s, List<Mention> mentions) {
        Tree tree = new Tree(s, lexicon);
        Phrases phrases = new Phrases(tree, mentions, dict);
        Arguments args = new Arguments(tree, phrases, lexicon, dict);
        Participant any = null;
        Span none = new Span(s.end(), s.end());
        for (Token t : s.tokens()) {
            if (!t.isVerbal()) continue;
            Participant p = subject(tree, args, phrases, t, none);
            if (p == null) continue;
            if (lexicon.isReporting(t.word())) return p;
            if (any == null && t.head() < 0) any = p;
        }
        for (Token t : s.tokens()) {
            // "Le ministre X est plus explicite :": the root may be an adjective or a noun with a copula
            if (any == null && t.head() < 0) any = subject(tree, args, phrases, t, none);
        }
        return any;
    }

    private Participant subject(Tree tree, Arguments args, Phrases phrases, Token verb, Span q) {
        Token subj = subjectToken(tree, verb, 0);
        if ((subj == null || q.contains(subj.start())) && verb.start() > q.end()) {
            // "« … » a déclaré Jimmy Wales": the subject of an incise may follow its verb (and the parser may have
            // given the verb a subject inside the quotation: "« … dont un policier » a déclaré Vasip Sahin")
            Token after = null;
            for (Token c : tree.children(verb)) {
                if (c.start() > verb.start() && (c.deprel().equals("obj") || c.deprel().equals("nsubj"))) after = c;
            }
            int next = verb.index() + 1;
            if (after == null && next < tokens(tree).size() && "PROPN".equals(tokens(tree).get(next).pos())) {
                after = tokens(tree).get(next);
            }
            if (after != null) subj = after;
        }
        if (subj != null) return phrase(phrases, tree, subj, q);
        Arg a = args.subject(verb, 0);
        if (!a.empty() && (a.span() == null || !q.contains(a.span()))) return named(a, null, phrases.mentions());
        return null;
    }

    private static List<Token> tokens(Tree tree) {
        return tree.sentence().tokens();
    }

    /** The subject word of a verb, or of the verb it continues ("a commenté" under a misparsed main verb). */
    private static Token subjectToken(Tree tree, Token verb, int depth) {
        Token found = null;
        for (Token c : tree.children(verb)) {
            // of two subjects the parser gave ("L'un des rares députés opposés au texte, Pavel Orlov, a critiqué"),
            // the name
            if ((c.deprel().equals("nsubj") || c.deprel().equals("nsubj:pass"))
                    && (found == null || "PROPN".equals(c.pos()) && !"PROPN".equals(found.pos()))) found = c;
        }
        if (found != null) return found;
        Token h = tree.head(verb);
        String r = verb.deprel();
        if (h != null && depth < 3 && (r.equals("xcomp") || r.equals("conj") || r.equals("advcl"))) {
            return subjectToken(tree, h, depth + 1);
        }
        return null;
    }

    /**
     * The speaker a subject phrase names: a name under the name the article gives it; a common noun under the words
     * of its phrase ("un officier de police", "le porte-parole de la Maison Blanche, Sean Spicer"), coded as the
     * actor the phrase stands for, if any.
     */
    private Participant phrase(Phrases phrases, Tree tree, Token head, Span q) {
        if (q.contains(head.start())) return null;
        // "a assuré un proche de Macron": the parser may tag a noun used with its article as an adjective
        boolean noun = head.isCommonNoun() || "ADJ".equals(head.pos())
                && tree.children(head).stream().anyMatch(c -> c.deprel().equals("det"));
        Arg a = phrases.of(head);
        boolean headNamed = false;
        for (Mention m : phrases.mentions()) {
            if (m.start() <= head.start() && head.end() <= m.end() && !"GROUP".equals(m.type())) headNamed = true;
        }
        if (!headNamed && (noun || "PRON".equals(head.pos()))) {
            // "l'une des rares voix discordantes au Parlement, Iouri Sineltchikov, a dénoncé…", "selon des propos
            // de Rami Abdel Rahmane": the person the phrase names, not an actor further down
            Participant person = namedPerson(tree, phrases, head, q);
            if (person != null) return person;
        }
        if (!noun && !"PROPN".equals(head.pos()) && !a.empty()) {
            return named(a, null, phrases.mentions());
        }
        if (headNamed && !a.empty()) return named(a, properRun(tree, head), phrases.mentions());
        if (!noun && !"PROPN".equals(head.pos())) return null;
        // "l'attentat" may be the subject of a verb above a quotation, but an event never speaks
        if (a.empty() && noun && lexicon.predicates(head.word()).stream()
                .anyMatch(h -> h.tense() == null)) {
            return null;
        }
        List<Token> words = tree.phrase(head);
        int start = head.start();
        int end = head.end();
        for (Token w : words) {
            if (Math.abs(w.index() - head.index()) > MAX_NAME_WORDS || q.contains(w.start())) continue;
            // "a assuré un proche de Macron au quotidien du soir": whom it was said to is no part of the speaker
            if (underVerbComplement(tree, w, head)) continue;
            // "selon le collectif" names "le collectif": the preposition is not part of the speaker
            if (w.index() < head.index() && w.deprel().equals("case") && tree.head(w) == head) continue;
            start = Math.min(start, w.start());
            end = Math.max(end, w.end());
        }
        if (start < q.end() && end > q.start()) {
            start = head.start();
            end = head.end();
        }
        String surface = text.substring(start, end);
        Actor x = a.empty() ? new Actor(null, surface, null, null, null) : a.actors().get(0);
        // "le dirigeant américain" already known as Donald Trump: a role noun never stands in for a name at hand
        // ("un responsable de l'administration de Barack Obama", "un proche de Macron" are someone else)
        String name = x.id() != null && x.id().startsWith(PERSON_ID) && !complementOf(tree, head, a.span())
                ? names.named(x) : null;
        return Participant.named(x, new Span(start, end), name != null ? name : surface);
    }

    /**
     * Whether the words {@code at} hang on {@code head} through a noun complement ("un proche de Macron"), not as
     * an apposition.
     */
    private static boolean complementOf(Tree tree, Token head, Span at) {
        if (at == null) return false;
        for (Token t : tree.sentence().tokens()) {
            if (t.start() < at.start() || t.end() > at.end()) continue;
            // "le porte-parole du Kremlin, Dmitri Peskov": an apposed name names the whole phrase, wherever the
            // parser hangs it
            boolean complement = false;
            for (Token x = t; x != null && x != head; x = tree.head(x)) {
                if (x.deprel().equals("appos") || x.deprel().startsWith("flat")) return false;
                complement |= x.deprel().startsWith("nmod") || x.deprel().startsWith("obl");
            }
            return complement;
        }
        return false;
    }

    /**
     * The person apposed to a speaker's noun ("l'une des voix discordantes, Iouri Sineltchikov"), or the author of a
     * document noun ("des propos de Rami Abdel Rahmane"), known to the dictionary or not; null when none.
     */
    private Participant namedPerson(Tree tree, Phrases phrases, Token head, Span q) {
        if (lexicon.isDocumentNoun(head.word())) {
            Participant author = author(tree, phrases.mentions(), head, q);
            if (author != null) return author;
        }
        for (Token c : tree.children(head)) {
            if (q.contains(c.start()) || !c.deprel().equals("appos")) continue;
            for (Mention m : phrases.mentions()) {
                if ("PERSON".equals(m.type()) && m.start() <= c.start() && c.end() <= m.end()) return named(m);
            }
        }
        return null;
    }

    /**
     * The author a document noun names in its complement ("des propos de Rami Abdel Rahmane", "un communiqué de Turkey
     * Blocks"): a person or an organisation; null when none.
     */
    public Participant author(Tree tree, List<Mention> mentions, Token document, Span q) {
        for (Token c : tree.children(document)) {
            if (q.contains(c.start()) || !c.deprel().startsWith("nmod")) continue;
            for (Mention m : mentions) {
                boolean someone = "PERSON".equals(m.type()) || "ORGANIZATION".equals(m.type());
                if (someone && m.start() <= c.start() && c.end() <= m.end()) return named(m);
            }
        }
        return null;
    }

    /** A name mention as a speaker, under its fullest name; a person the dictionary does not know as written. */
    public Participant named(Mention m) {
        Actor x = m.actor() != null ? m.actor() : new Actor(null, m.text(), null, null, null);
        String surface = text.substring(m.start(), m.end());
        String name = x.id() != null && x.id().startsWith(PERSON_ID) ? names.named(x) : null;
        return Participant.named(x, new Span(m.start(), m.end()), name != null ? name : surface);
    }

    /** Whether a word of a speaker's phrase hangs on its head through a verb-like complement ("au quotidien"). */
    private static boolean underVerbComplement(Tree tree, Token w, Token head) {
        for (Token x = w; x != null && x != head; x = tree.head(x)) {
            if (x.deprel().startsWith("obl") && tree.head(x) == head
                    && !OF.contains(tree.caseOf(x))) {
                return true;
            }
        }
        return false;
    }

    /** A proper name with the words the parser attached to it as one name ("Dimitri" + flat "Peskov"). */
    private Span properRun(Tree tree, Token head) {
        int start = head.start();
        int end = head.end();
        for (Token c : tree.children(head)) {
            if (c.deprel().startsWith("flat") && "PROPN".equals(c.pos())) {
                start = Math.min(start, c.start());
                end = Math.max(end, c.end());
            }
        }
        return new Span(start, end);
    }

    /**
     * The actor of {@code a} under its fullest name, or the words of {@code run} when they say more. A reference
     * ("ce dernier", "il") is shown under the name of what it refers to.
     */
    private Participant named(Arg a, Span run, List<Mention> mentions) {
        Actor x = a.actors().get(0);
        Span w = a.span() == null ? new Span(0, 0) : a.span();
        Span at = w;
        boolean reference = a.actors().size() == 1 && mentions.stream()
                .anyMatch(m -> m.text() == null && m.start() == at.start() && m.end() == at.end());
        String name = names.of(x, reference ? x.name() : w.of(text));
        if (run != null && run.of(text).length() > name.length() && run.of(text).contains(w.of(text))) {
            name = run.of(text);
            w = run;
        }
        return Participant.named(x, w, name);
    }

    /** The first word above the quote's words that lies outside the quote. */
    /**
     * "« … » explique Anschaire Nikoyagize", "« … », a déclaré le ministre": a reporting verb right after the
     * quotation with its subject after it names the speaker, whoever the clause around the quotation began with.
     */
    private Participant incise(Tree tree, Arguments args, Phrases phrases, Sentence s, Span q) {
        Token verb = null;
        for (Token t : s.tokens()) {
            if (t.start() < q.end() || "PUNCT".equals(t.pos())) continue;
            if ("AUX".equals(t.pos()) || t.deprel().startsWith("aux")) continue;
            verb = t;
            break;
        }
        if (verb == null || !verb.isVerbal() || !lexicon.isReporting(verb.word())) return null;
        int next = verb.index() + 1;
        if (next >= s.tokens().size()) return null;
        Token after = s.tokens().get(next);
        // an inverted clitic ("a-t-il ajouté") is resolved across sentences; here only a named or described subject
        if (!"PROPN".equals(after.pos()) && !"DET".equals(after.pos())) return null;
        return subject(tree, args, phrases, verb, q);
    }

    private static Token outside(Tree tree, Sentence s, Span q) {
        for (Token t : s.tokens()) {
            if (!q.contains(t.start())) continue;
            Token up = t;
            while (up != null && q.contains(up.start())) up = tree.head(up);
            if (up != null) return up;
        }
        return null;
    }

    /** The key an attribution word has when {@link Tree#caseWords} or {@link Tree#caseOf} gives it. */
    public static String accordingKey(String word) {
        String w = Keys.key(word);
        return w.endsWith("'") ? w.substring(0, w.length() - 1) : w;
    }
}
