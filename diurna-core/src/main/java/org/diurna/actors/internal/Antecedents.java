package org.diurna.actors.internal;

import java.util.ArrayList;
import java.util.List;
import org.diurna.model.Actor;
import org.diurna.model.Mention;
import org.diurna.model.Sentence;
import org.diurna.model.Token;

/** Searches backwards from an anaphor for the actors it refers to. */
final class Antecedents {
    private Antecedents() {}

    /** The members of the last coordination of that type before {@code pos}, else the last two distinct actors. */
    static List<Actor> pair(List<Mention> named, int pos, String type) {
        return pair(named, pos, type, -1);
    }

    /** As {@link #pair(List, int, String)}, ignoring coordinations at or after {@code sentenceStart}. */
    static List<Actor> pair(List<Mention> named, int pos, String type, int sentenceStart) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Mention m = named.get(i);
            if (m.start() >= pos || !"PLURAL".equals(m.type())) continue;
            // "Macron et Merkel accueilleront les deux dirigeants": the pair is not the coordination of its own clause
            if (sentenceStart >= 0 && m.start() >= sentenceStart) continue;
            if (m.members().size() >= 2 && (type == null || m.members().stream().allMatch(a -> ofType(named, a, type)))) {
                return m.members();
            }
        }
        List<Actor> out = new ArrayList<>();
        for (int i = named.size() - 1; i >= 0 && out.size() < 2; i--) {
            Mention m = named.get(i);
            if (m.start() >= pos || m.actor() == null || (type != null && !type.equals(m.type()))) continue;
            if (out.stream().noneMatch(a -> a.sameAs(m.actor()))) out.add(0, m.actor());
        }
        return out.size() == 2 ? out : List.of();
    }

    private static boolean ofType(List<Mention> named, Actor a, String type) {
        return named.stream().anyMatch(m -> a.equals(m.actor()) && type.equals(m.type()));
    }

    /**
     * The person a subject pronoun stands for. A pronoun continues the topic, and the topic is a subject: the
     * nearest person that is a clause subject earlier in the pronoun's sentence ("Même si Trump reste ouvert à une
     * rencontre avec le dirigeant nord-coréen, il…" is Trump), else the closest subject person in the nearest sentence
     * before that has one ("X dénonce la colère du régime de Kim. « … », a-t-il ajouté" is X); failing both, the nearest
     * person named before it. A sentence whose subjects are no person may give a body {@code body} accepts ("Le
     * gouvernement pakistanais estime… Il réclame…"); a person subject of the same sentence comes first ("M. Blinken a
     * informé son homologue, a indiqué le département d'État. Il a qualifié…" is Blinken).
     */
    static List<Actor> person(List<Mention> named, int pos, Sentence s, List<Sentence> sentences,
            java.util.function.BiPredicate<Mention, Sentence> body) {
        int si = s == null ? -1 : sentences.indexOf(s);
        for (int k = si; k >= 0 && k > si - LOOK_BACK; k--) {
            Sentence at = sentences.get(k);
            Mention subject = null;
            Mention bodySubject = null;
            for (Mention m : named) {
                if (m.start() < at.start() || m.end() > at.end() || m.start() >= pos) continue;
                boolean person = personLike(m);
                if (!person && !body.test(m, at)) continue;
                if (!isSubject(m, at)) continue;
                // "« Enawo a la même intensité… », précise-t-il": a name inside a quotation is not the quoted one
                if (quoted(at, m.start()) && !quoted(s, pos)) continue;
                // the closest subject: a later clause ("…, mais Theresa May a jugé que…") is the newer topic
                if (person) subject = m;
                else bodySubject = m;
            }
            if (subject != null) return List.of(subject.actor());
            if (bodySubject != null) return List.of(bodySubject.actor());
        }
        for (int i = named.size() - 1; i >= 0; i--) {
            Mention m = named.get(i);
            if (m.start() < pos && personLike(m)) return List.of(m.actor());
        }
        return List.of();
    }

    private static final int LOOK_BACK = 3;

    /**
     * The actors a plural subject pronoun stands for: the closest subject earlier in its sentence, else in the nearest
     * sentence before, whose verb is plural ("les États-Unis invitent leurs ressortissants à… Ils tiennent…" is the
     * United States, not the United States and their nationals); failing that, {@link #pair}.
     */
    static List<Actor> plural(List<Mention> named, int pos, Sentence s, List<Sentence> sentences,
            org.diurna.morph.Morphology morph) {
        int si = s == null ? -1 : sentences.indexOf(s);
        for (int k = si; k >= 0 && k > si - LOOK_BACK; k--) {
            Sentence at = sentences.get(k);
            Mention subject = null;
            for (Mention m : named) {
                if (m.start() < at.start() || m.end() > at.end() || m.start() >= pos) continue;
                if (m.actor() == null && m.members().isEmpty() || "credit".equals(m.how())) continue;
                if (quoted(at, m.start()) && !quoted(s, pos)) continue;
                // the closest subject; of the mentions of one subject ("les présidents X et Y"), the coordination
                if (pluralVerb(m, at, morph) && (subject == null || subjectToken(subject, at) != subjectToken(m, at)
                        || m.members().size() > subject.members().size())) {
                    subject = m;
                }
            }
            if (subject != null) return subject.members().isEmpty() ? List.of(subject.actor()) : subject.members();
        }
        return pair(named, pos, null);
    }

    /** The mention is the subject of a verb (or auxiliary) the morphology reads as plural. */
    private static boolean pluralVerb(Mention m, Sentence s, org.diurna.morph.Morphology morph) {
        Token t = subjectToken(m, s);
        if (t == null || t.head() < 0) return false;
        Token verb = s.token(t.head());
        if (Boolean.TRUE.equals(morph.verbAgreement(verb.word()).plural())) return true;
        for (Token c : s.tokens()) {
            if (c.head() == verb.index() && c.deprel().startsWith("aux")
                    && Boolean.TRUE.equals(morph.verbAgreement(c.word()).plural())) return true;
        }
        return false;
    }

    /** True when {@code pos} lies inside a quotation of its sentence (more opening than closing marks before it). */
    static boolean quoted(Sentence s, int pos) {
        if (s == null) return false;
        int depth = 0;
        for (Token t : s.tokens()) {
            if (t.start() >= pos) break;
            String w = t.word();
            if (w.equals("«") || w.equals("\u201C")) depth++;
            else if ((w.equals("»") || w.equals("\u201D")) && depth > 0) depth--;
        }
        return depth > 0;
    }

    /**
     * The actor an object pronoun stands for: the nearest actor named before it in its sentence or the one before,
     * other than the subject of its own clause ("Trump reste ouvert à une rencontre avec le dirigeant nord-coréen,
     * il le met en garde": "le" is not Trump).
     */
    static List<Actor> object(List<Mention> named, int pos, Sentence s, List<Sentence> sentences, Actor subject) {
        int si = s == null ? -1 : sentences.indexOf(s);
        int from = si <= 0 ? 0 : sentences.get(si - 1).start();
        for (int i = named.size() - 1; i >= 0; i--) {
            Mention m = named.get(i);
            if (m.start() >= pos || m.actor() == null || "credit".equals(m.how())) continue;
            if (m.start() < from) break;
            if (subject != null && (m.actor().sameAs(subject) || m.actor().equals(subject))) continue;
            if (!"PERSON".equals(m.type()) && !"ORGANIZATION".equals(m.type()) && !"GROUP".equals(m.type())) continue;
            return List.of(m.actor());
        }
        return List.of();
    }

    private static boolean personLike(Mention m) {
        return m.actor() != null && ("PERSON".equals(m.type())
                || "GROUP".equals(m.type()) && m.actor().role() != null && m.actor().id() != null);
    }

    /** The token of the mention whose head lies outside it (the phrase's head word), or null. */
    static Token headToken(Mention m, Sentence s) {
        for (Token t : s.tokens()) {
            if (t.start() < m.start() || t.end() > m.end()) continue;
            Token h = t.head() < 0 ? null : s.token(t.head());
            if (h == null || h.start() < m.start() || h.end() > m.end()) return t;
        }
        return null;
    }

    /** The mention's head word is a clause subject, directly or through an apposition or a name part. */
    private static boolean isSubject(Mention m, Sentence s) {
        return subjectToken(m, s) != null;
    }

    /** The subject word the mention stands as ({@link #isSubject}), or null. */
    private static Token subjectToken(Mention m, Sentence s) {
        Token x = headToken(m, s);
        boolean apposed = false;
        for (int up = 0; up < 4 && x != null; up++) {
            if (x.deprel().startsWith("nsubj")) return x;
            // "Le chef de la diplomatie russe Sergueï Lavrov": the parser hangs the apposed name on the
            // complement; the name still names the whole phrase
            boolean climb = x.deprel().equals("appos") || x.deprel().startsWith("flat")
                    || apposed && x.deprel().startsWith("nmod");
            if (!climb) return null;
            apposed |= x.deprel().equals("appos");
            x = x.head() < 0 ? null : s.token(x.head());
        }
        return null;
    }

    /**
     * "ce dernier": the last actor other than a place named before it in its sentence ("l'aide demandée à l'état-major,
     * ce dernier estimant…"); at the start of a sentence, the last person of the sentence before ("C'est X, …, qui
     * représente le pays au sommet du COMESA. Ce dernier indique…" is X), else its last actor.
     */
    static List<Actor> latter(List<Mention> named, int pos, Sentence s, List<Sentence> sentences) {
        int si = s == null ? -1 : sentences.indexOf(s);
        Mention inSentence = null;
        Mention person = null;
        Mention any = null;
        int from = si <= 0 ? 0 : sentences.get(si - 1).start();
        for (Mention m : named) {
            if (m.start() >= pos || m.start() < from || m.actor() == null || "LOCATION".equals(m.type())
                    || "credit".equals(m.how())) continue;
            if (s != null && m.start() >= s.start()) inSentence = m;
            else if ("PERSON".equals(m.type())) person = m;
            else any = m;
        }
        Mention pick = inSentence != null ? inSentence : person != null ? person : any;
        return pick == null ? List.of() : List.of(pick.actor());
    }

    /** "ce pays": the last country named before {@code pos}, as its state. */
    static List<Actor> lastCountry(List<Mention> named, int pos) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Mention m = named.get(i);
            Actor a = m.actor();
            if (m.start() < pos && a != null && a.id() != null && a.id().startsWith("country:")
                    && "LOCATION".equals(m.type())) {
                return List.of(a);
            }
        }
        return List.of();
    }

    static List<Actor> lastOfSector(List<Mention> named, int pos, String sector) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Mention m = named.get(i);
            if (m.start() < pos && m.actor() != null && sector.equals(m.actor().sector())
                    && !"credit".equals(m.how())) {
                return List.of(m.actor());
            }
        }
        return List.of();
    }
}
