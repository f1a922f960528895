package org.diurna.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diurna.corpus.Ingester;
import org.diurna.ingest.IngestOptions;
import org.diurna.search.SearchIndex;
import org.diurna.server.DiurnaServer;
import org.diurna.server.ServerConfig;
import org.diurna.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real browser (Debian's chromium, driven by Playwright) against a real server over a database
 * built by the real pipeline: the reference AFP dispatch, three near-copies from other outlets, and one hostile
 * article whose text carries a script and an image with an onerror handler.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SHOTS = Paths.get("target", "screenshots");
    private static final String[] OUTLETS = {"L'Écho du Nord", "Le Quotidien du Sud", "Le Journal de l'Est"};

    private DiurnaServer server;
    private String base;
    private Playwright playwright;
    private Browser browser;
    private final List<String> pageErrors = new ArrayList<>();

    /** Skips when {@code ok} is false on a developer's machine; fails under CI=true, where nothing may be missing. */
    private static void required(boolean ok, String why) {
        if (ok) return;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) org.junit.jupiter.api.Assertions.fail(why + " — required under CI=true");
        assumeTrue(false, why);
    }

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        required(Files.isExecutable(CHROMIUM), "browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)");
        Path reference = Paths.get(System.getProperty("diurna.shared", "../shared"), "reference", "afp-2016-11-30-alep.fr.txt");
        required(Files.isRegularFile(reference), "reference dispatch not found: " + reference.toAbsolutePath());

        Path news = Files.createDirectories(tmp.resolve("news"));
        String text = Files.readString(reference, StandardCharsets.UTF_8);
        article(news, "afp-alep", text, "AFP", "https://www.afp.com/fr/alep-2016-11-30");
        for (int i = 0; i < OUTLETS.length; i++) {
            String copy = OUTLETS[i] + " — International, édition du " + (i + 1) + "\n\n" + text.strip()
                    + "\n\nLire aussi notre dossier Syrie. Tous droits réservés " + OUTLETS[i] + ".\n";
            article(news, "copy-" + (i + 1), copy, OUTLETS[i], "https://example.org/" + (i + 1) + "/alep");
        }
        article(news, "hostile", resource("xss-article.txt"), "Le Canard Piégé", "https://example.org/hostile");

        Path db = tmp.resolve("db");
        try (EventStore store = EventStore.open(db); SearchIndex index = SearchIndex.open(db.resolve("lucene"))) {
            new Ingester(store, index).ingest(List.of(news.toString()),
                    new IngestOptions(LocalDate.parse("2016-11-30"), 2_000_000), 1, s -> {});
        }
        server = DiurnaServer.start(new ServerConfig(db, "127.0.0.1", 0, "secret", 5_000_000, true));
        base = "http://127.0.0.1:" + server.port();

        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (server != null) server.close();
    }

    private static void article(Path dir, String name, String text, String outlet, String url) throws IOException {
        Files.writeString(dir.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".json"), "{\"published\":\"2016-11-30\",\"outlet\":\"" + outlet.replace("\"", "\\\"")
                + "\",\"url\":\"" + url + "\"}", StandardCharsets.UTF_8);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DashboardIT.class.getResourceAsStream("/browser/" + name)) {
            if (in == null) throw new IOException("missing test resource browser/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Page page(int width, int height) {
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        // nothing may leave the machine: only the server under test is reachable
        ctx.route(url -> !url.startsWith(base), route -> route.abort());
        Page p = ctx.newPage();
        p.onPageError(e -> pageErrors.add(e));
        return p;
    }

    private static void ready(Page p) {
        p.waitForSelector("body[data-ready=true]");
    }

    @Test
    @Order(1)
    void dyadFilterShowsThePhoneCallWithItsFourArticlesAndTheQuote() throws Exception {
        Page p = page(1280, 800);
        p.navigate(base + "/");
        ready(p);
        assertTrue(p.locator("#timeline canvas").count() > 0, "timeline chart drawn");
        assertTrue(p.locator("#map canvas").count() > 0, "map drawn");

        p.fill("#f-dyad", "TUR,RUS");
        p.click("#f-apply");
        p.waitForURL(u -> u.contains("dyad=TUR%2CRUS") || u.contains("dyad=TUR,RUS"));
        ready(p);
        assertTrue(p.locator(".chip[data-filter=dyad]").isVisible(), "the dyad chip is shown");
        Locator call = p.locator(".ev-item[data-type=CONSULT]").filter(new Locator.FilterOptions().setHasText("CONSULT/phone")).first();
        assertTrue(call.isVisible(), "the phone call is listed: " + p.locator("#event-list").innerText());
        String line = call.innerText();
        assertTrue(line.contains("Erdogan") && line.contains("Poutine"), line);
        assertTrue(line.contains("4 articles"), "4 articles: " + line);
        p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("desktop-dashboard.png")).setFullPage(true));

        call.click();
        p.waitForURL(u -> u.contains("#event/"));
        ready(p);
        Locator mentions = p.locator(".mention");
        assertTrue(mentions.count() >= 4, "at least 4 mentions, got " + mentions.count());
        Set<String> articles = new LinkedHashSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        for (int i = 0; i < mentions.count(); i++) {
            articles.add(mentions.nth(i).getAttribute("data-article"));
            outlets.add(mentions.nth(i).locator(".outlet").innerText());
        }
        assertEquals(4, articles.size(), "mentions from 4 articles: " + articles);
        for (String o : OUTLETS) assertTrue(outlets.contains(o), o + " among " + outlets);
        p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("desktop-event.png")).setFullPage(true));

        mentions.first().locator("a.open-article").click();
        p.waitForURL(u -> u.contains("#article/"));
        ready(p);
        Locator quote = p.locator(".article-text .hl.quote").filter(new Locator.FilterOptions().setHasText("tyran"));
        assertTrue(quote.count() > 0, "the quote is highlighted");
        String quoted = String.join("", quote.allInnerTexts());
        assertTrue(quoted.contains("mettre fin au règne du tyran"), quoted);
        Object speaker = p.evaluate("() => { const q = [...document.querySelectorAll('.article-text .hl.quote')]"
                + ".filter(n => n.textContent.includes('tyran')).pop(); let n = q.nextSibling;"
                + " while (n && !(n.matches && n.matches('sup.speaker'))) n = n.nextSibling; return n ? n.textContent : null; }");
        assertTrue(speaker != null && speaker.toString().contains("Erdogan"), "speaker after the quote: " + speaker);
        assertTrue(p.locator(".side-quote").filter(new Locator.FilterOptions().setHasText("tyran")).innerText().contains("Erdogan"));
        p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("desktop-article.png")).setFullPage(true));

        p.goBack();
        p.waitForURL(u -> u.contains("#event/"));
        ready(p);
        assertTrue(p.locator(".mention").count() >= 4, "back button returns to the event");
        assertTrue(pageErrors.isEmpty(), "no script errors: " + pageErrors);
        p.context().close();
    }

    @Test
    @Order(2)
    void hostileArticleTextIsShownLiterallyAndNeverRuns() throws Exception {
        String id = articleId("Zanzibarique");
        Page p = page(1280, 800);
        p.navigate(base + "/#article/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        ready(p);
        String shown = p.locator(".article-text").textContent();
        assertTrue(shown.contains("window.__pwned"), "the article is shown: " + shown);
        assertTrue(shown.contains("<script>") || shown.contains("<img"), "markup is shown as text: " + shown);
        assertEquals(0, p.locator(".article-text script, .article-text img, .article-title script, .article-title img").count());
        p.waitForTimeout(300);
        assertEquals("undefined", p.evaluate("() => typeof window.__pwned"));
        p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("desktop-hostile.png")).setFullPage(true));
        assertTrue(pageErrors.isEmpty(), "no script errors: " + pageErrors);
        p.context().close();
    }

    @Test
    @Order(3)
    void pastedDispatchIsRead() throws Exception {
        Page p = page(1280, 800);
        p.navigate(base + "/#read");
        ready(p);
        p.fill("#read-text", resource("dispatch.fr.txt"));
        p.fill("#read-date", "2016-12-01");
        p.selectOption("#read-lang", "fr");
        p.click("#read-go");
        p.waitForSelector("#read-result .reading", new Page.WaitForSelectorOptions().setTimeout(60_000));
        assertTrue(p.locator("#read-result .side-event").count() >= 1, "events read: " + p.locator("#read-result").innerText());
        String events = String.join("\n", p.locator("#read-result .side-event").allInnerTexts());
        assertTrue(events.contains("CONSULT") && events.contains("Lavrov") && events.contains("Cavusoglu"), events);
        assertTrue(p.locator("#read-result .article-text .hl.entity").count() >= 2, "entities highlighted");
        assertTrue(p.locator("#read-result .article-text").textContent().contains("Lavrov"));
        p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("desktop-read.png")).setFullPage(true));
        assertTrue(pageErrors.isEmpty(), "no script errors: " + pageErrors);
        p.context().close();
    }

    @Test
    @Order(4)
    void phoneLayoutStacksWithoutHorizontalOverflow() throws Exception {
        Page p = page(390, 844);
        p.navigate(base + "/?dyad=TUR,RUS");
        ready(p);
        assertTrue(p.locator(".ev-item").count() > 0);
        assertNoOverflow(p, "dashboard");
        double listX = ((Number) p.evaluate("() => document.querySelector('.list-panel').getBoundingClientRect().x")).doubleValue();
        double mapX = ((Number) p.evaluate("() => document.querySelector('#map').closest('.panel').getBoundingClientRect().x")).doubleValue();
        assertEquals(listX, mapX, 1.0, "panels stack in one column");
        p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("phone-dashboard.png")).setFullPage(true));

        p.locator(".ev-item").first().click();
        ready(p);
        p.locator("a.open-article").first().click();
        p.waitForURL(u -> u.contains("#article/"));
        ready(p);
        assertNoOverflow(p, "article");
        p.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("phone-article.png")).setFullPage(true));
        assertTrue(pageErrors.isEmpty(), "no script errors: " + pageErrors);
        p.context().close();
    }

    @Test
    @Order(5)
    void clickingANodeOrAnActorAddsItsFilterAndBackRemovesIt() {
        Page p = page(1280, 800);
        p.navigate(base + "/?dyad=TUR,RUS");
        ready(p);
        p.evaluate("() => window.__diurnaNetwork.getElementById('TUR GOV').emit('tap')");
        p.waitForURL(u -> u.contains("actor=TUR+GOV") || u.contains("actor=TUR%20GOV"));
        ready(p);
        assertTrue(p.locator(".chip[data-filter=actor]").innerText().contains("TUR GOV"));
        assertTrue(p.locator(".chip[data-filter=dyad]").isVisible(), "filters add up");
        assertTrue(p.locator(".ev-item").count() > 0);

        p.goBack();
        p.waitForURL(u -> !u.contains("actor="));
        ready(p);
        assertEquals(0, p.locator(".chip[data-filter=actor]").count(), "back removes the filter");

        p.locator(".ev-item .who button.actor").filter(new Locator.FilterOptions().setHasText("Vladimir Poutine")).first().click();
        p.waitForURL(u -> u.contains("actor=Vladimir"));
        ready(p);
        assertTrue(p.locator(".chip[data-filter=actor]").innerText().contains("Vladimir Poutine"));
        assertTrue(p.locator(".ev-item").count() > 0, "events with Poutine");
        assertTrue(pageErrors.isEmpty(), "no script errors: " + pageErrors);
        p.context().close();
    }

    private static void assertNoOverflow(Page p, String what) {
        Object w = p.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        List<?> ws = (List<?>) w;
        int scroll = ((Number) ws.get(0)).intValue();
        int inner = ((Number) ws.get(1)).intValue();
        assertFalse(scroll > inner, what + " overflows horizontally: " + scroll + " > " + inner);
    }

    /** The id of the one article matching a word, from GET /api/search. */
    private String articleId(String word) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        Matcher m = Pattern.compile("\"article_id\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        assertTrue(m.find(), "search found the article: " + r.body());
        return m.group(1);
    }
}
