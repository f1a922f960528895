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
 * the author the same document was credited to shortly before: the "de X" complement of that noun.
 */
public final class DocumentAuthors {
    /** The case words of a "de" complement. */
    private static final java.util.Set<String> OF = java.util.Set.of("de", "d'", "d");
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
            return author(tree, t, q, mentions) == null ? Keys.key(t.word()) : null;
        }
        return null;
    }

    /** The author the sentence gives a document noun of that key ("un communiqué de Turkey Blocks"), or null. */
    public Participant credited(Sentence s, Span q, List<Mention> mentions, String noun) {
        Tree tree = new Tree(s, lexicon);
        for (Token t : s.tokens()) {
            if (q.contains(t.start()) || !t.isCommonNoun() || !Keys.key(t.word()).equals(noun)) continue;
            Participant p = author(tree, t, q, mentions);
            if (p != null) return p;
        }
        return null;
    }

    /** A person or organisation named in a "de" complement of the noun. */
    private Participant author(Tree tree, Token noun, Span q, List<Mention> mentions) {
        for (Token c : tree.children(noun)) {
            if (q.contains(c.start()) || !c.deprel().startsWith("nmod") || !OF.contains(tree.caseOf(c))) continue;
            for (Mention m : mentions) {
                boolean named = "PERSON".equals(m.type()) || "ORGANIZATION".equals(m.type());
                if (named && m.start() <= c.start() && c.end() <= m.end()) return speakers.named(m);
            }
        }
        return null;
    }
}
