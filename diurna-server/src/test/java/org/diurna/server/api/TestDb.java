package org.diurna.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.diurna.search.IndexedArticle;
import org.diurna.search.SearchIndex;
import org.diurna.server.DiurnaServer;
import org.diurna.server.ServerConfig;
import org.diurna.store.EventStore;
import org.diurna.store.StoredArticle;

/**
 * A small real database built from hand-made readings (no CoreNLP), and an HTTP client for the server over it.
 *
 * <p>Events: (1) CONSULT 04 TUR GOV → RUS GOV, 2016-11-29, Aleppo (SYR), asserted, told by A (AFP) and its
 * near-duplicate D (AP); (2) ASSAULT 18 RUS MIL → SYR REB, 2016-11-29, Aleppo, asserted (A, D); (3) CONSULT 04
 * FRA GOV → DEU GOV, 2016-12-05, Paris (FRA), planned (C, Le Monde); (4) PROTEST 14 FRA CVL → FRA GOV, undated,
 * no place, asserted (C).
 */
final class TestDb {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Actor ERDOGAN = new Actor("person:recep-tayyip-erdogan", "Recep Tayyip Erdogan", "TUR", "GOV",
            "head of state");
    static final Actor PUTIN = new Actor("person:vladimir-putin", "Vladimir Putin", "RUS", "GOV", "head of state");
    static final Actor MACRON = new Actor("person:emmanuel-macron", "Emmanuel Macron", "FRA", "GOV",
            "head of state");
    static final Actor MERKEL = new Actor("person:angela-merkel", "Angela Merkel", "DEU", "GOV", "head of government");
    static final Place ALEPPO = new Place("Aleppo", "SYR", "city", 36.2, 37.16);
    static final Place PARIS = new Place("Paris", "FRA", "capital", 48.85, 2.35);
    static final String TEXT_A = "Recep Tayyip Erdogan s'est entretenu mardi au téléphone avec Vladimir Poutine"
            + " au sujet d'Alep, selon Anadolu.\n\nL'aviation russe a bombardé les rebelles à Alep mardi. "
            + "« Il faut tourner la page de cette dictature », a déclaré M. Erdogan. "
            + "Plus de 300.000 personnes sont mortes en Syrie.";
    static final String TEXT_C = "Emmanuel Macron will meet Angela Merkel in Paris on Monday. "
            + "Farmers protested against the government.";

    private TestDb() {}

    /** Builds the database in {@code dir}: the store and the search index are closed when this returns. */
    static void build(Path dir) {
        try (EventStore store = EventStore.open(dir); SearchIndex index = SearchIndex.open(dir.resolve("lucene"))) {
            Document a = articleA("A", "AFP", "https://afp.example/a");
            Document c = articleC();
            Document d = articleA("D", "AP", "https://ap.example/d");
            add(store, index, new StoredArticle("art-a", "a.txt", a.article(), a, null, 0, null));
            add(store, index, new StoredArticle("art-c", "c.txt", c.article(), c, null, 0, null));
            add(store, index, new StoredArticle("art-d", "d.txt", d.article(), d, "art-a", 0.93, null));
            index.commit();
        }
    }

    private static void add(EventStore store, SearchIndex index, StoredArticle s) {
        store.addArticle(s);
        Article a = s.article();
        index.add(new IndexedArticle(s.articleId(), a.language(), a.title(), a.text(), a.published(), a.outlet(),
                a.url(), List.of(), s.duplicate()));
    }

    static Document articleA(String id, String outlet, String url) {
        Article a = new Article(id, TEXT_A, LocalDate.of(2016, 11, 30), "Erdogan et Poutine", url, outlet, "fr");
        String t = TEXT_A;
        Event call = event("e1", "CONSULT", "phone", "04", part(ERDOGAN, t, "Recep Tayyip Erdogan"),
                part(PUTIN, t, "Vladimir Poutine"), "2016-11-29", ALEPPO, "asserted", List.of("Anadolu"), t,
                "Recep Tayyip Erdogan s'est entretenu mardi au téléphone avec Vladimir Poutine");
        Event strike = event("e2", "ASSAULT", "aerial", "18",
                new Participant("aviation russe", "RUS", "MIL", null, null, span(t, "aviation russe").start(),
                        span(t, "aviation russe").end()),
                new Participant("rebelles", "SYR", "REB", null, null, span(t, "rebelles").start(),
                        span(t, "rebelles").end()),
                "2016-11-29", ALEPPO, "asserted", List.of(), t, "L'aviation russe a bombardé les rebelles à Alep mardi");
        List<Mention> mentions = List.of(
                mention(t, "Recep Tayyip Erdogan", "PERSON", ERDOGAN, null),
                mention(t, "Vladimir Poutine", "PERSON", PUTIN, null),
                mention(t, "Alep", "LOCATION", null, ALEPPO));
        Span q = span(t, "Il faut tourner la page de cette dictature");
        Quote quote = new Quote(q.start(), q.end(), q.of(t), part(ERDOGAN, t, "M. Erdogan"));
        Span f = span(t, "Plus de 300.000 personnes sont mortes");
        Figure figure = new Figure(300000, "more than", "deaths", "SYR", f, f.of(t));
        return reading(a, "fr", List.of(call, strike), mentions, List.of(quote), List.of(figure));
    }

    static Document articleC() {
        String t = TEXT_C;
        Article a = new Article("C", t, LocalDate.of(2016, 12, 1), "Macron to meet Merkel", "https://lemonde.example/c",
                "Le Monde", "en");
        Event meet = event("e1", "CONSULT", "meet", "04", part(MACRON, t, "Emmanuel Macron"),
                part(MERKEL, t, "Angela Merkel"), "2016-12-05", PARIS, "planned", List.of(), t,
                "Emmanuel Macron will meet Angela Merkel in Paris on Monday");
        Event protest = event("e2", "PROTEST", null, "14",
                new Participant("Farmers", "FRA", "CVL", null, null, span(t, "Farmers").start(),
                        span(t, "Farmers").end()),
                new Participant("government", "FRA", "GOV", null, null, span(t, "government").start(),
                        span(t, "government").end()),
                null, null, "asserted", List.of(), t, "Farmers protested against the government");
        List<Mention> mentions = List.of(mention(t, "Emmanuel Macron", "PERSON", MACRON, null),
                mention(t, "Angela Merkel", "PERSON", MERKEL, null), mention(t, "Paris", "LOCATION", null, PARIS));
        return reading(a, "en", List.of(meet, protest), mentions, List.of(), List.of());
    }

    static Document reading(Article a, String lang, List<Event> events, List<Mention> mentions, List<Quote> quotes,
                            List<Figure> figures) {
        return Document.of(a).with(Layers.LANGUAGE, lang).with(Layers.MENTIONS, mentions)
                .with(Layers.EVENTS, events).with(Layers.QUOTES, quotes).with(Layers.FIGURES, figures)
                .with(Layers.TIMEXES, List.of());
    }

    static Event event(String id, String plover, String mode, String cameo, Participant source, Participant target,
                       String date, Place place, String factuality, List<String> attributed, String text,
                       String evidence) {
        Span ev = span(text, evidence);
        return new Event(id, plover, mode, cameo, source, target, false, date, date == null ? null : "day", place,
                factuality, attributed, ev, ev.of(text), List.of(ev), "trigger-" + plover.toLowerCase());
    }

    static Participant part(Actor a, String text, String surface) {
        return Participant.of(a, span(text, surface), surface);
    }

    static Mention mention(String text, String surface, String type, Actor actor, Place place) {
        Span s = span(text, surface);
        return new Mention(s.start(), s.end(), surface, type, actor, place, List.of(), "dictionary");
    }

    static Span span(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) throw new IllegalArgumentException("'" + part + "' not in text");
        return new Span(i, i + part.length());
    }

    // --- HTTP ---

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static DiurnaServer start(Path db, String token) {
        return DiurnaServer.start(new ServerConfig(db, null, 0, token, 64 * 1024, true));
    }

    /**
     * Serves the database of {@code db} as Parquet tables: each table copied to {@code pq/TABLE/part-0.parquet} (the
     * layout of 'diurna cluster', without month folders), then opened with {@link DiurnaServer#startParquet}.
     */
    static DiurnaServer startParquet(Path db, Path pq) {
        try (EventStore store = EventStore.open(db)) {
            for (String table : EventStore.tables()) {
                if (table.equals("actors") || table.equals("meta")) continue; // the view and the schema's own
                java.nio.file.Files.createDirectories(pq.resolve(table));
                store.copyParquet(table, org.diurna.store.EventQuery.all(), pq.resolve(table).resolve("part-0.parquet"));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return DiurnaServer.startParquet(new ServerConfig(pq, null, 0, null, 64 * 1024, true));
    }

    static HttpResponse<String> get(DiurnaServer s, String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(s, pathAndQuery)).GET().build());
    }

    static HttpResponse<String> post(DiurnaServer s, String path, String body, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(s, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) b.header("Authorization", auth);
        return send(b.build());
    }

    static HttpResponse<String> send(HttpRequest r) {
        try {
            return HTTP.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static URI uri(DiurnaServer s, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + s.port() + pathAndQuery);
    }

    static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    /** The JSON of a 200. */
    static JsonNode ok(DiurnaServer s, String pathAndQuery) {
        HttpResponse<String> r = get(s, pathAndQuery);
        assertEquals(200, r.statusCode(), () -> pathAndQuery + " → " + r.body());
        return parse(r.body());
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Asserts a problem JSON with this status (and parameter, when not null); returns it. */
    static JsonNode problem(HttpResponse<String> r, int status, String param) {
        assertEquals(status, r.statusCode(), r::body);
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0],
                r::body);
        JsonNode p = parse(r.body());
        assertEquals(status, p.get("status").asInt());
        if (param != null) assertEquals(param, p.path("param").asText(null), r::body);
        return p;
    }
}
