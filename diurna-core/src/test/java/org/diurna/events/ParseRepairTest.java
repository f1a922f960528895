package org.diurna.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diurna.events.internal.ParseRepair;
import org.diurna.model.Sentence;
import org.diurna.model.Timex;
import org.junit.jupiter.api.Test;

/**
 * The parser's misreadings that {@link ParseRepair} undoes, on hand-parsed sentences of our own in the shapes CoreNLP
 * gave real dispatches (a fronted place complement, a detached participle), and the look-alikes it must leave alone.
 */
class ParseRepairTest {
    @Test void determinedConjunctOfAFrontedPlaceIsTheSubject() {
        // CoreNLP read "l'armée" as a conjunct of "Libye" and left "repris" without a subject
        String text = "En Libye, l'armée nationale et ses milices alliées avaient repris Syrte.";
        Sentence s = HandParsed.sentence(text, "En ADP 1 case", "Libye PROPN 11 obl:mod", ", PUNCT 4 punct",
                "l' DET 4 det", "armée NOUN 1 conj", "nationale ADJ 4 amod", "et CCONJ 8 cc", "ses DET 8 det",
                "milices NOUN 1 conj", "alliées ADJ 8 amod", "avaient AUX 11 aux", "repris VERB -1 root",
                "Syrte PROPN 11 obj", ". PUNCT 11 punct");
        Sentence r = ParseRepair.apply(s, List.of());
        assertEquals("nsubj", r.token(4).deprel());
        assertEquals(11, r.token(4).head());
        // the later conjunct follows the subject, not the place
        assertEquals(4, r.token(8).head());
        assertEquals("obl:mod", r.token(1).deprel());
    }

    @Test void aConjunctPlaceAfterAFrontedPlaceStaysAPlace() {
        // "En Libye, en Tunisie et ..." : a conjunct with its own preposition is another place
        String text = "En Libye, en Tunisie, les manifestants ont défilé.";
        Sentence s = HandParsed.sentence(text, "En ADP 1 case", "Libye PROPN 8 obl:mod", ", PUNCT 4 punct",
                "en ADP 4 case", "Tunisie PROPN 1 conj", ", PUNCT 1 punct", "les DET 7 det", "manifestants NOUN 8 nsubj",
                "défilé VERB -1 root", ". PUNCT 8 punct");
        assertEquals(s, ParseRepair.apply(s, List.of()));
    }

    @Test void detachedParticipleWithADateQualifiesTheNounPhraseBeforeItsComma() {
        // CoreNLP made "prévue" a conjunct of the main verb; it qualifies "visite", whose date it gives
        String text = "Le traité devrait être signé lors de la visite du président turc en France, prévue le 14 mars.";
        Sentence s = HandParsed.sentence(text, "Le DET 1 det", "traité NOUN 2 nsubj", "devrait VERB -1 root",
                "être AUX 4 aux:pass", "signé VERB 2 xcomp", "lors ADV 8 case", "de ADP 5 fixed", "la DET 8 det",
                "visite NOUN 4 obl", "du ADP 10 case", "président NOUN 8 nmod", "turc ADJ 10 amod", "en ADP 13 case",
                "France PROPN 8 nmod", ", PUNCT 15 punct", "prévue VERB 2 conj", "le DET 18 det", "14 NUM 18 nummod",
                "mars NOUN 15 obl", ". PUNCT 2 punct");
        Sentence r = ParseRepair.apply(s, List.of(new Timex(text.indexOf("le 14"), text.indexOf(" mars") + 5,
                "le 14 mars", "DATE", "2017-03-14", null)));
        assertEquals("acl", r.token(15).deprel());
        assertEquals(8, r.token(15).head());
    }

    @Test void aConjoinedVerbWithItsOwnAuxiliaryIsLeftAlone() {
        String text = "La police a bouclé le quartier, a arrêté deux hommes.";
        Sentence s = HandParsed.sentence(text, "La DET 1 det", "police NOUN 3 nsubj", "a AUX 3 aux",
                "bouclé VERB -1 root", "le DET 5 det", "quartier NOUN 3 obj", ", PUNCT 8 punct", "a AUX 8 aux",
                "arrêté VERB 3 conj", "deux NUM 10 nummod", "hommes NOUN 8 obj", ". PUNCT 3 punct");
        assertEquals(s, ParseRepair.apply(s, List.of()));
    }
    @Test void aRelativeQueReadAsAConjunctionIsTheObjectOfItsClause() {
        // CoreNLP made "que" a conjunction and the relative clause an adverbial of the main verb
        String text = "L'armée a repris Kidal, que les rebelles avaient conquise en mars.";
        Sentence s = HandParsed.sentence(text, "L' DET 1 det", "armée NOUN 3 nsubj", "a AUX 3 aux",
                "repris VERB -1 root", "Kidal PROPN 3 obj", ", PUNCT 3 punct", "que SCONJ 10 mark", "les DET 8 det",
                "rebelles NOUN 10 nsubj", "avaient AUX 10 aux", "conquise VERB 3 advcl", "en ADP 12 case",
                "mars NOUN 10 obl", ". PUNCT 3 punct");
        Sentence r = ParseRepair.apply(s, List.of(), Lexicon.of("fr"));
        assertEquals("obj", r.token(6).deprel());
        assertEquals(10, r.token(6).head());
        assertEquals("acl:relcl", r.token(10).deprel());
        assertEquals(4, r.token(10).head());
    }

    @Test void aCompletiveQueAfterAVerbOfSayingStaysAConjunction() {
        // a complement clause hangs on its verb (ccomp); the noun before "que" is whom it was said to
        String text = "Le ministre a dit aux journalistes que les rebelles avaient attaqué.";
        Sentence s = HandParsed.sentence(text, "Le DET 1 det", "ministre NOUN 3 nsubj", "a AUX 3 aux",
                "dit VERB -1 root", "aux ADP 5 case", "journalistes NOUN 3 obl", "que SCONJ 10 mark", "les DET 8 det",
                "rebelles NOUN 10 nsubj", "avaient AUX 10 aux", "attaqué VERB 3 ccomp", ". PUNCT 3 punct");
        assertEquals(s, ParseRepair.apply(s, List.of(), Lexicon.of("fr")));
    }

    @Test void aClauseWithItsOwnObjectKeepsItsQue() {
        // "l'idée que la France a trahi ses alliés": the clause has its object, "que" is a conjunction
        String text = "Il rejette l'idée que la France a trahi ses alliés.";
        Sentence s = HandParsed.sentence(text, "Il PRON 1 nsubj", "rejette VERB -1 root", "l' DET 3 det",
                "idée NOUN 1 obj", "que SCONJ 8 mark", "la DET 6 det", "France PROPN 8 nsubj", "a AUX 8 aux",
                "trahi VERB 3 acl", "ses DET 10 det", "alliés NOUN 8 obj", ". PUNCT 1 punct");
        assertEquals(s, ParseRepair.apply(s, List.of(), Lexicon.of("fr")));
    }

    @Test void aCountedParticipleAfterAResultVerbIsItsObject() {
        // CoreNLP read "blessés" as a passive participle with "fait" as its auxiliary and the attack as the wounded
        String text = "L'attentat a fait 300 blessés.";
        Sentence s = HandParsed.sentence(text, "L' DET 1 det", "attentat NOUN 5 nsubj:pass", "a AUX 5 aux",
                "fait AUX 5 aux:pass", "300 NUM 5 nummod", "blessés VERB -1 root", ". PUNCT 5 punct");
        Sentence r = ParseRepair.apply(s, List.of(), Lexicon.of("fr"));
        assertEquals("root", r.token(3).deprel());
        assertEquals("VERB", r.token(3).pos());
        assertEquals("obj", r.token(5).deprel());
        assertEquals(3, r.token(5).head());
        assertEquals("nsubj", r.token(1).deprel());
        assertEquals(3, r.token(1).head());
        assertEquals(5, r.token(4).head());
    }

    @Test void aPassiveWithAnAuxiliaryThatIsNoResultVerbIsLeftAlone() {
        String text = "Trois soldats ont été tués.";
        Sentence s = HandParsed.sentence(text, "Trois NUM 1 nummod", "soldats NOUN 4 nsubj:pass", "ont AUX 4 aux",
                "été AUX 4 aux:pass", "tués VERB -1 root", ". PUNCT 4 punct");
        assertEquals(s, ParseRepair.apply(s, List.of(), Lexicon.of("fr")));
    }

    @Test void aParticipleClauseWithAyantAfterACommaSpeaksOfTheSubject() {
        // CoreNLP hung "ayant été incarcérés" on "services", the noun the comma closes
        String text = "Les suspects sont connus des services, ayant été incarcérés.";
        Sentence s = HandParsed.sentence(text, "Les DET 1 det", "suspects NOUN 3 nsubj:pass", "sont AUX 3 aux:pass",
                "connus VERB -1 root", "des ADP 5 case", "services NOUN 3 obl:mod", ", PUNCT 9 punct",
                "ayant AUX 9 aux", "été AUX 9 aux:pass", "incarcérés VERB 5 acl", ". PUNCT 3 punct");
        Sentence r = ParseRepair.apply(s, List.of());
        assertEquals("advcl", r.token(9).deprel());
        assertEquals(3, r.token(9).head());
    }

    @Test void aParticipleWithoutItsOwnAuxiliaryStillQualifiesItsNoun() {
        String text = "Les suspects sont connus des services, chargés de la lutte.";
        Sentence s = HandParsed.sentence(text, "Les DET 1 det", "suspects NOUN 3 nsubj:pass", "sont AUX 3 aux:pass",
                "connus VERB -1 root", "des ADP 5 case", "services NOUN 3 obl:mod", ", PUNCT 7 punct",
                "chargés VERB 5 acl", "de ADP 10 case", "la DET 10 det", "lutte NOUN 7 obl", ". PUNCT 3 punct");
        assertEquals(s, ParseRepair.apply(s, List.of()));
    }

    @Test void anInfinitiveHungOnThePassiveAgentOfAControlVerbIsTheVerbsComplement() {
        // CoreNLP hung "à s'éloigner" on "autorités": the authorities called the residents, who are to move away
        String text = "Les habitants étaient appelés par les autorités à s'éloigner.";
        Sentence s = HandParsed.sentence(text, "Les DET 1 det", "habitants NOUN 3 nsubj:pass",
                "étaient AUX 3 aux:pass", "appelés VERB -1 root", "par ADP 6 case", "les DET 6 det",
                "autorités NOUN 3 obl:agent", "à ADP 9 mark", "s' PRON 9 obj", "éloigner VERB 6 acl", ". PUNCT 3 punct");
        Sentence r = ParseRepair.apply(s, List.of(), Lexicon.of("fr"));
        assertEquals("xcomp", r.token(9).deprel());
        assertEquals(3, r.token(9).head());
    }

    @Test void anInfinitiveOnTheAgentOfAVerbThatControlsNothingStays() {
        String text = "Le texte a été adopté par les députés chargés de le relire.";
        Sentence s = HandParsed.sentence(text, "Le DET 1 det", "texte NOUN 4 nsubj:pass", "a AUX 4 aux",
                "été AUX 4 aux:pass", "adopté VERB -1 root", "par ADP 7 case", "les DET 7 det",
                "députés NOUN 4 obl:agent", "chargés VERB 7 acl", "de ADP 11 mark", "le PRON 11 obj",
                "relire VERB 8 xcomp", ". PUNCT 4 punct");
        assertEquals(s, ParseRepair.apply(s, List.of(), Lexicon.of("fr")));
    }

    @Test void aSelonPhraseReadAsTheSubjectGivesWayToItsConjunct() {
        // CoreNLP made "l'armée" (with "Selon") the passive subject and the drones its conjuncts
        String text = "Selon l'armée, 25 drones et trois missiles ont été abattus.";
        Sentence s = HandParsed.sentence(text, "Selon ADP 2 case", "l' DET 2 det", "armée NOUN 11 nsubj:pass",
                ", PUNCT 5 punct", "25 NUM 5 nummod", "drones NOUN 2 conj", "et CCONJ 8 cc", "trois NUM 8 nummod",
                "missiles NOUN 2 conj", "ont AUX 11 aux", "été AUX 11 aux:pass", "abattus VERB -1 root",
                ". PUNCT 11 punct");
        Sentence r = ParseRepair.apply(s, List.of());
        assertEquals("obl", r.token(2).deprel());
        assertEquals("nsubj:pass", r.token(5).deprel());
        assertEquals(11, r.token(5).head());
        assertEquals(5, r.token(8).head());
    }
}
