package org.diurna.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.diurna.model.Quote;
import org.diurna.model.Sentence;
import org.diurna.pipeline.Layers;
import org.junit.jupiter.api.Test;

/** Quote speakers on hand-made parses that reproduce the French parser's errors seen on Wikinews. */
class QuoteSpeakerTest {
    @Test void theNameAfterTheIncisesVerbSpeaksEvenWhenTheParserGaveTheVerbASubjectInsideTheQuote() {
        String t = "« Dix personnes ont perdu la vie, dont un policier » a déclaré Vasip Sahin.";
        // the parser hangs "a déclaré" on "vie" as a relative clause whose subject is "policier"
        Sentence s = HandParsed.sentence(t, "« PUNCT 4 punct", "Dix NUM 2 nummod", "personnes NOUN 4 nsubj",
                "ont AUX 4 aux", "perdu VERB -1 root", "la DET 6 det", "vie NOUN 4 obj", ", PUNCT 9 punct",
                "dont PRON 10 nmod", "un DET 10 det", "policier NOUN 13 nsubj", "» PUNCT 10 punct", "a AUX 13 aux",
                "déclaré VERB 6 acl:relcl", "Vasip PROPN 13 flat:name I-PER", "Sahin PROPN 14 flat:name I-PER",
                ". PUNCT 4 punct");
        List<Quote> qs = HandParsed.read(t, "2017-01-01", s, List.of()).get(Layers.QUOTES);
        assertEquals(1, qs.size(), qs.toString());
        assertNotNull(qs.get(0).speaker(), "the quote has a speaker");
        assertEquals("Vasip Sahin", qs.get(0).speaker().name());
    }
}
