package org.diurna.model;

import java.util.List;

/** A sentence: its span in the original text and its tokens, parsed. */
public record Sentence(int index, int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Span span() { return new Span(start, end); }

    public Token token(int i) { return tokens.get(i); }

    /** Children of token {@code i} in the dependency tree, in sentence order. */
    public List<Token> children(int i) {
        return tokens.stream().filter(t -> t.head() == i).toList();
    }

    /** Index of the first token that starts at or after {@code offset}, or tokens.size(). */
    public int tokenAt(int offset) {
        for (Token t : tokens) if (t.end() > offset) return t.index();
        return tokens.size();
    }
}
