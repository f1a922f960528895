package org.diurna.time.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TreeTaggerTagsTest {

    @Test void frenchVerbsGetATenseFromTheirEnding() {
        assertEquals("VER:futu", TreeTaggerTags.of("fr", "sera", "AUX"));
        assertEquals("VER:futu", TreeTaggerTags.of("fr", "rencontreront", "VERB"));
        assertEquals("VER:impf", TreeTaggerTags.of("fr", "était", "AUX"));
        assertEquals("VER:pper", TreeTaggerTags.of("fr", "annoncé", "VERB"));
        assertEquals("VER:infi", TreeTaggerTags.of("fr", "accélérer", "VERB"));
        assertEquals("VER:simp", TreeTaggerTags.of("fr", "eut", "AUX"));
        assertEquals("VER:pres", TreeTaggerTags.of("fr", "progressent", "VERB"));
    }

    @Test void otherFrenchTags() {
        assertEquals("NOM", TreeTaggerTags.of("fr", "semaine", "NOUN"));
        assertEquals("NAM", TreeTaggerTags.of("fr", "Alep", "PROPN"));
        assertEquals("NUM", TreeTaggerTags.of("fr", "2011", "NUM"));
        assertEquals("SENT", TreeTaggerTags.of("fr", ".", "PUNCT"));
    }

    @Test void englishPennTagsPassThrough() {
        assertEquals("VBD", TreeTaggerTags.of("en", "said", "VBD"));
        assertEquals("NN", TreeTaggerTags.of("en", "week", "NOUN"));
    }
}
