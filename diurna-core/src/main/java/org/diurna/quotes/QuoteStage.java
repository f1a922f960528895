package org.diurna.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.diurna.actors.ActorDictionary;
import org.diurna.actors.SurfaceNames;
import org.diurna.data.Tsv;
import org.diurna.events.Lexicon;
import org.diurna.model.Mention;
import org.diurna.model.Participant;
import org.diurna.model.Quote;
import org.diurna.model.Sentence;
import org.diurna.model.Span;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layer;
import org.diurna.pipeline.Layers;
import org.diurna.pipeline.Stage;
import org.diurna.quotes.internal.DocumentAuthors;
import org.diurna.quotes.internal.PronounSpeakers;
import org.diurna.quotes.internal.SpeakerNumber;
import org.diurna.quotes.internal.Speakers;
import org.diurna.text.PreparedText;

/**
 * Direct quotations and who said them. Within the quote's sentence see {@link Speakers}; when the sentence names no
 * speaker, a quotation opening its sentence after one that ends with a colon ("X a commenté ainsi ce vote :") is
 * that sentence's speaker's, and a quotation that continues an earlier one (within {@value #CONTINUATION} sentences)
 * keeps its speaker. A speaker given only as a pronoun is resolved across sentences by {@link PronounSpeakers}; a
 * quotation read in a document is the words of the author that document was credited to ({@link DocumentAuthors}).
 */
public final class QuoteStage implements Stage {
    static final int CONTINUATION = 2;
    private static final Map<String, Map<String, Boolean>> ACCORDING = new ConcurrentHashMap<>();
    private final ActorDictionary dict;

    public QuoteStage(ActorDictionary dict) {
        this.dict = dict;
    }

    public QuoteStage() {
        this(ActorDictionary.shared());
    }

    @Override public Set<Layer<?>> requires() {
        return Set.of(Layers.PREPARED, Layers.LANGUAGE, Layers.SENTENCES, Layers.MENTIONS);
    }

    @Override public Set<Layer<?>> provides() { return Set.of(Layers.QUOTES); }

    @Override public Document apply(Document doc) {
        PreparedText p = doc.get(Layers.PREPARED);
        String lang = doc.get(Layers.LANGUAGE);
        Speakers speakers = new Speakers(dict, Lexicon.of(lang), SurfaceNames.of(doc.get(Layers.MENTIONS)),
                p.normalized(), ACCORDING.computeIfAbsent(lang, QuoteStage::according));
        List<Sentence> sentences = doc.get(Layers.SENTENCES);
        List<Quote> out = new ArrayList<>();
        Participant last = null;
        int lastSentence = -100;
        int lastEnd = 0;
        SpeakerNumber numbers = SpeakerNumber.of(lang);
        PronounSpeakers pronouns = new PronounSpeakers(numbers, p.normalized());
        List<Span> spans = QuoteSpans.find(p.normalized(), p.boilerplate());
        DocumentAuthors documents = new DocumentAuthors(Lexicon.of(lang), speakers);
        for (Span q : spans) {
            int si = sentenceOf(sentences, q.start());
            int ei = sentenceOf(sentences, Math.max(q.start(), q.end() - 1));
            Sentence s = si < 0 ? null : sentences.get(si);
            // a quotation of several sentences is attributed after its last one ("« … . … » a déclaré X")
            Sentence e = ei < 0 ? s : sentences.get(ei);
            Participant speaker = null;
            // "X est resté modéré : « … . … » a déclaré Y": the verb after the last sentence names the speaker first
            if (e != null && e != s) speaker = speakers.inSentence(e, q, mentions(doc, e));
            if (speaker == null && s != null) speaker = speakers.inSentence(s, q, mentions(doc, s));
            if (speaker == null && e != null && speakers.pronounIncise(e, q)) {
                // "« … » clame-t-il" with the pronoun unresolved: the last speaker if recent, else the person before
                // "Le ministre a regretté cette décision. « … », a-t-il indiqué": the subject of the sentence before,
                // when that sentence quoted no one, is whom the pronoun continues
                Participant topic = null;
                if (si > 0 && lastSentence < si - 1) {
                    Sentence before = sentences.get(si - 1);
                    topic = speakers.topic(before, quoteIn(spans, before), mentions(doc, before), "singular", numbers);
                }
                // a body the sentence is about ("Un des leaders de Boko Haram, X, a démenti") is no pronoun's speaker
                boolean someone = topic != null && (topic.actorId() != null && topic.actorId().startsWith("person:")
                        || topic.actorId() == null && topic.role() != null);
                if (someone) speaker = topic;
                else speaker = last != null && si - lastSentence <= CONTINUATION + 1 ? last : personBefore(doc, q);
            }
            if (speaker != null && last != null && si - lastSentence <= CONTINUATION && s != null
                    && pronouns.continues(speaker, last, lastEnd, q.start())
                    && !pronouns.namedBefore(speaker, mentions(doc, s), s)) {
                // "Le ministre rappelle que « … ». Il précise que « … »": the pronoun keeps the floor to the one
                // just quoted, whoever the nearest person named before it is; but "Même si Trump reste ouvert…, il
                // le met en garde" is the person its own sentence names
                speaker = last;
            }
            if ((speaker != null && speaker != last && pronouns.plural(speaker)
                    || speaker == null && s != null && pronouns.pluralSubject(s, q)) && si > 0 && s != null
                    && !p.normalized().substring(sentences.get(si - 1).end(), s.start()).contains("\n\n")) {
                // "Selon les pompiers, le bâtiment… Ils affirment avoir « … »": a plural pronoun stands for the source
                // of the sentence before
                Sentence before = sentences.get(si - 1);
                Participant topic = speakers.topic(before, quoteIn(spans, before), mentions(doc, before), "plural",
                        numbers);
                if (topic != null) speaker = topic;
            }
            if (speaker == null && s != null) speaker = labelled(doc, s, q, p.normalized());
            if (speaker == null && si > 0 && opens(s, q, p.normalized()) && endsWithColon(sentences.get(si - 1), p)) {
                speaker = speakers.introducer(sentences.get(si - 1), mentions(doc, sentences.get(si - 1)));
            }
            if (speaker == null) speaker = signed(doc, q, p.normalized(), speakers);
            if (speaker == null && s != null) speaker = fromDocument(doc, sentences, si, q, spans, documents);
            if (speaker == null && last != null && si - lastSentence <= CONTINUATION) speaker = last;
            if (speaker != null) {
                last = speaker;
                lastSentence = si;
                lastEnd = q.end();
            }
            out.add(new Quote(q.start(), q.end(), q.of(doc.text()), speaker));
        }
        return doc.with(Layers.QUOTES, List.copyOf(out));
    }

    /**
     * "« … » peut-on lire dans le communiqué": the author the same document was credited to in this sentence or the
     * {@value #CONTINUATION} before it ("selon un communiqué de Turkey Blocks"), when this one credits nobody.
     */
    private static Participant fromDocument(Document doc, List<Sentence> sentences, int si, Span q, List<Span> spans,
                                            DocumentAuthors documents) {
        Sentence s = sentences.get(si);
        String noun = documents.uncredited(s, q, mentions(doc, s));
        if (noun == null) return null;
        for (int k = si - 1; k >= 0 && k >= si - CONTINUATION; k--) {
            Sentence before = sentences.get(k);
            Participant author = documents.credited(before, quoteIn(spans, before), mentions(doc, before), noun);
            if (author != null) return author;
        }
        return null;
    }

    /** What lies between a quotation set apart and the line that signs it: its closing marks and a line break, a dash. */
    private static final java.util.regex.Pattern SIGNATURE = java.util.regex.Pattern.compile("[\\s»”\"]*\\n\\s*[—–]\\s*");

    /**
     * "« Nous avons été en contact avec les Iraniens »" followed by a line "— Jennifer Psaki, directrice de la
     * communication": a quotation set apart is signed by the name on the dashed line under it.
     */
    private static Participant signed(Document doc, Span q, String text, Speakers speakers) {
        java.util.regex.Matcher m = SIGNATURE.matcher(text).region(q.end(), Math.min(text.length(), q.end() + 40));
        if (!m.lookingAt()) return null;
        for (Mention x : doc.get(Layers.MENTIONS)) {
            if (x.start() == m.end() && ("PERSON".equals(x.type()) || "ORGANIZATION".equals(x.type()))) {
                return speakers.named(x);
            }
        }
        return null;
    }

    /** The first quotation inside a sentence, else an empty span at its end (a speaker's phrase stops at it). */
    private static Span quoteIn(List<Span> quotes, Sentence s) {
        for (Span q : quotes) if (q.start() >= s.start() && q.start() < s.end()) return q;
        return new Span(s.end(), s.end());
    }

    private static Map<String, Boolean> according(String lang) {
        Map<String, Boolean> out = new java.util.HashMap<>();
        for (var r : Tsv.readOptional(QuoteStage.class, "attribution-" + lang + ".tsv", "word", "needs")) {
            out.put(Speakers.accordingKey(r.get("word")), "actor".equals(r.get("needs")));
        }
        return Map.copyOf(out);
    }

    /** The last person named before the quotation (a pronoun's likeliest antecedent). */
    private static Participant personBefore(Document doc, Span q) {
        Mention best = null;
        for (Mention m : doc.get(Layers.MENTIONS)) {
            if (m.end() <= q.start() - 1 && "PERSON".equals(m.type()) && m.actor() != null) best = m;
        }
        if (best == null) return null;
        String name = SurfaceNames.of(doc.get(Layers.MENTIONS)).of(best.actor(), best.text());
        return Participant.named(best.actor(), best.span(), name);
    }

    /** What lies between a label's name and its quotation: a colon and the opening mark. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("\\s*:\\s*[«“\"]?\\s*");

    /**
     * "Nicolas Hulot : « Je prends la décision de quitter le gouvernement »": a headline or a label that is only a
     * name and a colon before the quotation names its speaker.
     */
    private static Participant labelled(Document doc, Sentence s, Span q, String text) {
        for (Mention m : mentions(doc, s)) {
            if (m.actor() == null || !("PERSON".equals(m.type()) || "ORGANIZATION".equals(m.type()))) continue;
            if (m.end() > q.start() || !text.substring(s.start(), m.start()).isBlank()) continue;
            if (!LABEL.matcher(text.substring(m.end(), q.start())).matches()) continue;
            String name = SurfaceNames.of(doc.get(Layers.MENTIONS)).of(m.actor(), m.text());
            return Participant.named(m.actor(), m.span(), name);
        }
        return null;
    }

    private static List<Mention> mentions(Document doc, Sentence s) {
        return doc.get(Layers.MENTIONS).stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
    }

    /** The quotation is the first thing in its sentence (after its opening mark). */
    private static boolean opens(Sentence s, Span q, String text) {
        return text.substring(s.start(), Math.max(s.start(), q.start())).replaceAll("[\\s«“\"„‹]", "").isEmpty();
    }

    private static boolean endsWithColon(Sentence s, PreparedText p) {
        return p.normalized().substring(s.start(), s.end()).strip().endsWith(":");
    }

    private static int sentenceOf(List<Sentence> ss, int at) {
        for (int i = 0; i < ss.size(); i++) {
            if (ss.get(i).start() <= at && at < ss.get(i).end()) return i;
        }
        return -1;
    }
}
