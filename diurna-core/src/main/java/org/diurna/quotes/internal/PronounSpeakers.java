package org.diurna.quotes.internal;

import java.util.List;
import org.diurna.model.Mention;
import org.diurna.model.Participant;
import org.diurna.model.Sentence;
import org.diurna.model.Span;

/**
 * Whom a speaker the text gives only as a personal pronoun stands for, across sentences: the last speaker of its
 * paragraph when the numbers agree ("Le ministre rappelle que « … ». Il précise que « … »"), unless its own sentence
 * names the pronoun's person as a subject; a plural pronoun may stand for the source of the sentence before
 * ({@link Speakers#topic}). One instance per article text.
 */
public final class PronounSpeakers {
    private final SpeakerNumber numbers;
    private final String text;

    public PronounSpeakers(SpeakerNumber numbers, String text) {
        this.numbers = numbers;
        this.text = text;
    }

    /**
     * Whether a speaker the text gives as a personal pronoun stands for the last speaker: same paragraph, same
     * grammatical number.
     */
    public boolean continues(Participant speaker, Participant last, int lastEnd, int at) {
        if (speaker.end() > text.length() || speaker.start() < 0 || speaker.start() >= speaker.end()) return false;
        String number = numbers.pronoun(text.substring(speaker.start(), speaker.end()));
        if (number == null || lastEnd > at || text.substring(lastEnd, at).contains("\n\n")) return false;
        return number.equals(numbers.ofName(last.name()));
    }

    /**
     * Whether the actor a pronoun was resolved to is the subject of an earlier clause of the pronoun's own sentence
     * ("Même si Donald Trump reste ouvert…, il le met en garde"; "le gouvernement d'Édouard Philippe" is no subject).
     */
    public boolean namedBefore(Participant pronoun, List<Mention> mentions, Sentence s) {
        if (pronoun.actorId() == null) return false;
        for (Mention m : mentions) {
            if (m.end() > pronoun.start() || m.actor() == null || "anaphora".equals(m.how())
                    || !pronoun.actorId().equals(m.actor().id())) continue;
            for (org.diurna.model.Token t : s.tokens()) {
                if (t.start() >= m.start() && t.end() <= m.end() && t.deprel().startsWith("nsubj")) return true;
            }
        }
        return false;
    }

    /** Whether a speaker is given by a plural personal pronoun ("Ils affirment", "pour eux"). */
    public boolean plural(Participant speaker) {
        if (speaker.start() < 0 || speaker.end() > text.length() || speaker.start() >= speaker.end()) return false;
        return "plural".equals(numbers.pronoun(text.substring(speaker.start(), speaker.end())));
    }

    /** Whether a clause subject of the sentence, outside the quotation, is a plural pronoun no one was found for. */
    public boolean pluralSubject(Sentence s, Span q) {
        for (org.diurna.model.Token t : s.tokens()) {
            if (!q.contains(t.start()) && t.deprel().startsWith("nsubj") && "plural".equals(numbers.pronoun(t.word()))) {
                return true;
            }
        }
        return false;
    }
}
