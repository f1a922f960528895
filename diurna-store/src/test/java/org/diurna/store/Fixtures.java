package org.diurna.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diurna.model.Actor;
import org.diurna.model.Article;
import org.diurna.model.Event;
import org.diurna.model.Figure;
import org.diurna.model.Mention;
import org.diurna.model.Participant;
import org.diurna.model.Place;
import org.diurna.model.Quote;
import org.diurna.model.Span;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.diurna.text.PreparedText;

/** Hand-made readings: what the pipeline would produce, without running CoreNLP. */
public final class Fixtures {
    public static final Actor ERDOGAN = new Actor("person:recep-tayyip-erdogan", "Recep Tayyip Erdogan", "TUR", "GOV",
            "head of state");
    public static final Actor PUTIN = new Actor("person:vladimir-putin", "Vladimir Putin", "RUS", "GOV",
            "head of state");
    public static final Place ALEPPO = new Place("Aleppo", "SYR", "city", 36.2, 37.16);
    public static final Place SYRIA = new Place("Syria", "SYR", "country", 35.0, 38.0);

    public static final String TEXT_A = "Recep Tayyip Erdogan s'est entretenu mardi au téléphone avec Vladimir Poutine"
            + " au sujet d'Alep, selon Anadolu.\n\nL'aviation russe a bombardé les rebelles à Alep mardi. "
            + "« Il faut tourner la page de cette dictature », a déclaré M. Erdogan. "
            + "Plus de 300.000 personnes sont mortes en Syrie.";

    private Fixtures() {}

    /** Article A: a phone call Erdogan-Putin and an air strike, 3 entities, one quote, one figure (AFP). */
    public static Document articleA() {
        Article a = new Article("A", TEXT_A, LocalDate.of(2016, 11, 30), "Erdogan et Poutine",
                "https://afp.example/a", "AFP", "fr");
        String t = TEXT_A;
        Event call = event("e1", "CONSULT", "phone", "04", part(ERDOGAN, t, "Recep Tayyip Erdogan"),
                part(PUTIN, t, "Vladimir Poutine"), false, "2016-11-29", "day", ALEPPO, "asserted", List.of("Anadolu"),
                t, "Recep Tayyip Erdogan s'est entretenu mardi au téléphone avec Vladimir Poutine");
        Event strike = event("e2", "ASSAULT", "aerial", "18",
                new Participant("aviation russe", "RUS", "MIL", null, null, span(t, "aviation russe").start(),
                        span(t, "aviation russe").end()),
                new Participant("rebelles", "SYR", "REB", null, null, span(t, "rebelles").start(),
                        span(t, "rebelles").end()),
                false, "2016-11-29", "day", ALEPPO, "asserted", List.of(), t,
                "L'aviation russe a bombardé les rebelles à Alep mardi");
        List<Mention> mentions = List.of(
                mention(t, "Recep Tayyip Erdogan", "PERSON", ERDOGAN, null),
                mention(t, "Vladimir Poutine", "PERSON", PUTIN, null),
                mention(t, "Alep", "LOCATION", null, ALEPPO),
                mention(t, "Il", "PRONOUN", ERDOGAN, null));
        Span q = span(t, "Il faut tourner la page de cette dictature");
        Quote quote = new Quote(q.start(), q.end(), q.of(t), part(ERDOGAN, t, "M. Erdogan"));
        Span f = span(t, "Plus de 300.000 personnes sont mortes");
        Figure figure = new Figure(300000, "more than", "deaths", "SYR", f, f.of(t));
        int cut = t.indexOf("\n\n");
        PreparedText prepared = new PreparedText(t, t, List.of(), "AFP", null, null,
                List.of(new Span(0, cut), new Span(cut + 2, t.length())));
        return reading(a, List.of(call, strike), mentions, List.of(quote), List.of(figure))
                .with(Layers.PREPARED, prepared);
    }

    /** Another article telling the call, with its own outlet, date, place and actor order. */
    public static Document call(String id, String outlet, String date, Place place, boolean putinFirst) {
        String t = putinFirst ? "Vladimir Poutine a parlé avec Recep Tayyip Erdogan de la situation à Alep."
                : "Recep Tayyip Erdogan a parlé avec Vladimir Poutine de la situation à Alep.";
        Article a = new Article(id, t, LocalDate.of(2016, 11, 30), null, "https://" + outlet + ".example/" + id,
                outlet, "fr");
        Participant erdogan = part(ERDOGAN, t, "Recep Tayyip Erdogan");
        Participant putin = part(PUTIN, t, "Vladimir Poutine");
        Event e = event("e1", "CONSULT", "phone", "04", putinFirst ? putin : erdogan, putinFirst ? erdogan : putin,
                false, date, date == null ? null : date.length() == 10 ? "day" : "month", place, "asserted",
                List.of(outlet), t, t.substring(0, t.indexOf(" de la")));
        return reading(a, List.of(e), List.of(), List.of(), List.of());
    }

    public static Document reading(Article a, List<Event> events, List<Mention> mentions, List<Quote> quotes,
                                   List<Figure> figures) {
        return Document.of(a).with(Layers.LANGUAGE, "fr").with(Layers.MENTIONS, mentions)
                .with(Layers.EVENTS, events).with(Layers.QUOTES, quotes).with(Layers.FIGURES, figures)
                .with(Layers.TIMEXES, List.of());
    }

    public static Event event(String id, String plover, String mode, String cameo, Participant source,
                              Participant target, boolean symmetric, String date, String precision, Place place,
                              String factuality, List<String> attributed, String text, String evidence) {
        Span ev = span(text, evidence);
        return new Event(id, plover, mode, cameo, source, target, symmetric, date, precision, place, factuality,
                attributed, ev, ev.of(text), List.of(ev), "trigger-" + plover.toLowerCase());
    }

    public static Participant part(Actor a, String text, String surface) {
        return Participant.of(a, span(text, surface), surface);
    }

    public static Mention mention(String text, String surface, String type, Actor actor, Place place) {
        Span s = span(text, surface);
        return new Mention(s.start(), s.end(), surface, type, actor, place, List.of(), "dictionary");
    }

    public static Span span(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) throw new IllegalArgumentException("'" + part + "' not in text");
        return new Span(i, i + part.length());
    }

    /**
     * A deterministic stream of {@code n} articles for crash tests: calls and strikes between a few country pairs on
     * a few days, from a few outlets; every 7th article is a near-duplicate of the one before.
     */
    public static List<StoredArticle> stream(int n) {
        String[][] pairs = {{"TUR", "RUS"}, {"FRA", "DEU"}, {"USA", "CHN"}, {"SYR", "IRN"}};
        String[] outlets = {"AFP", "Reuters", "AP", "Le Monde", "BBC"};
        List<StoredArticle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] p = pairs[i % pairs.length];
            String text = "Article " + i + ": " + p[0] + " leaders met " + p[1] + " leaders. " + p[1] + " forces"
                    + " struck " + p[0] + " positions.";
            Article a = new Article("art-" + i, text, LocalDate.of(2016, 11, 1 + i % 5), null,
                    "https://x.example/" + i, outlets[i % outlets.length], "en");
            String date = i % 3 == 0 ? "2016-11" : "2016-11-0" + (1 + i % 5);
            Participant s = new Participant(p[0] + " leaders", p[0], "GOV", null, null, 0, 1);
            Participant t = new Participant(p[1] + " leaders", p[1], "GOV", null, null, 0, 1);
            Participant f = new Participant(p[1] + " forces", p[1], "MIL", null, null, 0, 1);
            Participant v = new Participant(p[0] + " positions", p[0], null, null, null, 0, 1);
            Event meet = event("e1", "CONSULT", null, "04", i % 2 == 0 ? s : t, i % 2 == 0 ? t : s, true, date,
                    "day", null, "asserted", List.of(), text, "leaders met");
            Event strike = event("e2", "ASSAULT", null, "18", f, v, false, date, "day", SYRIA, "asserted",
                    List.of("officials"), text, "struck");
            Document d = reading(a, List.of(meet, strike), List.of(), List.of(), List.of());
            boolean dup = i % 7 == 6;
            out.add(new StoredArticle(a.id(), "stream#" + i, a, d, dup ? "art-" + (i - 1) : null, dup ? 0.9 : 0,
                    new byte[] {(byte) i, 1, 2}));
        }
        return out;
    }
}
