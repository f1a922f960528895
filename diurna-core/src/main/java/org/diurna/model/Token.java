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

    /** A verb or auxiliary: universal VERB/AUX (French), Penn VB* or MD (English). */
    public boolean isVerbal() {
        return "VERB".equals(pos) || "AUX".equals(pos) || pos != null && (pos.startsWith("VB") || pos.equals("MD"));
    }

    /** A common noun: universal NOUN (French), Penn NN/NNS (English). */
    public boolean isCommonNoun() { return "NOUN".equals(pos) || "NN".equals(pos) || "NNS".equals(pos); }

    /** A noun or proper noun: universal NOUN/PROPN, Penn NN* (NN, NNS, NNP, NNPS). */
    public boolean isNominal() { return "PROPN".equals(pos) || isCommonNoun() || pos != null && pos.startsWith("NNP"); }
}
