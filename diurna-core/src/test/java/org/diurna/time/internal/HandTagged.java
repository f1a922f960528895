package org.diurna.time.internal;

import java.util.ArrayList;
import java.util.List;
import org.diurna.model.Sentence;
import org.diurna.model.Token;

/**
 * Sentences tagged by hand for tests that must not load CoreNLP: "Il/PRON a/AUX dit/VERB jeudi/NOUN +./PUNCT".
 * Tokens are separated by spaces; a token written "+x/TAG" is glued to the previous one (l'/DET +été/NOUN).
 */
final class HandTagged {
    final String text;
    final List<Sentence> sentences;

    private HandTagged(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    static HandTagged of(String... annotated) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (String a : annotated) {
            if (text.length() > 0) text.append(' ');
            List<Token> toks = new ArrayList<>();
            int start = text.length();
            for (String piece : a.trim().split("\\s+")) {
                boolean glued = piece.startsWith("+");
                if (glued) piece = piece.substring(1);
                int slash = piece.lastIndexOf('/');
                String word = piece.substring(0, slash);
                if (!toks.isEmpty() && !glued) text.append(' ');
                int s = text.length();
                text.append(word);
                toks.add(new Token(toks.size(), s, text.length(), word, piece.substring(slash + 1), "O", -1, "dep"));
            }
            sentences.add(new Sentence(sentences.size(), start, text.length(), toks));
        }
        return new HandTagged(text.toString(), sentences);
    }
}
