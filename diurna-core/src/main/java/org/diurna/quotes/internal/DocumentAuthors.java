package org.diurna.quotes.internal;

import java.util.List;
import org.diurna.data.Keys;
import org.diurna.events.Lexicon;
import org.diurna.events.internal.Tree;
import org.diurna.model.Mention;
import org.diurna.model.Participant;
import org.diurna.model.Sentence;
import org.diurna.model.Span;
import org.diurna.model.Token;

/**
 * "Selon un communiqué de Turkey Blocks, l'accès a été bloqué. « Le manque de disponibilité … » peut-on lire dans le
 * communiqué.": a quotation read in a document (document-nouns.tsv) that its sentence does not credit is the words of
 * the author the same document was credited to shortly before ({@link Speakers#author}).
 */
public final class DocumentAuthors {
    private final Lexicon lexicon;
    private final Speakers speakers;

    public DocumentAuthors(Lexicon lexicon, Speakers speakers) {
        this.lexicon = lexicon;
        this.speakers = speakers;
    }

    /** The document noun (its key) the sentence names outside the quotation without an author, or null. */
    public String uncredited(Sentence s, Span q, List<Mention> mentions) {
        Tree tree = new Tree(s, lexicon);
        for (Token t : s.tokens()) {
            if (q.contains(t.start()) || !t.isCommonNoun() || !lexicon.isDocumentNoun(t.word())) continue;
            return speakers.author(tree, mentions, t, q) == null ? Keys.key(t.word()) : null;
        }
        return null;
    }

    /** The author the sentence gives a document noun of that key ("un communiqué de Turkey Blocks"), or null. */
    public Participant credited(Sentence s, Span q, List<Mention> mentions, String noun) {
        Tree tree = new Tree(s, lexicon);
        for (Token t : s.tokens()) {
            if (q.contains(t.start()) || !t.isCommonNoun() || !Keys.key(t.word()).equals(noun)) continue;
            Participant p = speakers.author(tree, mentions, t, q);
            if (p != null) return p;
        }
        return null;
    }
}
