package org.diurna.model;

/**
 * A syntactic word with its analysis. Words of a contraction ("du" = "de" + "le") share the span of the surface form.
 *
 * @param index  position in its sentence, from 0
 * @param word   the syntactic word (after multi-word-token expansion)
 * @param pos    universal POS tag (NOUN, VERB, AUX, PROPN, ...)
 * @param ner    statistical NER tag (PER, LOC, ORG, MISC or O)
 * @param head   index of the governor in the same sentence, -1 for the root
 * @param deprel universal dependency relation to the governor
 */
public record Token(int index, int start, int end, String word, String pos, String ner, int head, String deprel) {

    public Span span() { return new Span(start, end); }

    public boolean isVerbal() { return "VERB".equals(pos) || "AUX".equals(pos); }
}
