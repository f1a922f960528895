package org.diurna.ingest.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what surrounds an article on a news page: menus, headers and footers, asides, scripts, forms, share
 * buttons, "Lire aussi" boxes, cookie banners, comments. Every rule is a guess, so one safeguard overrides them all:
 * an element holding half of the page's text is the article or wraps it, whatever its name says, and stays.
 */
public final class Boilerplate {
    private static final String TAGS = "script, style, noscript, template, nav, footer, aside, form, iframe, svg,"
            + " button, select, textarea, input, label, figure, figcaption, object, embed, video, audio, canvas,"
            + " dialog, menu, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo],"
            + " [role=complementary], [role=dialog], [role=alertdialog], [role=search]";
    /** Class or id words that mark boilerplate whatever else the element is called (prefixes). */
    private static final String[] STRONG = {"cookie", "consent", "gdpr", "rgpd", "didomi", "share", "sharing",
        "social", "newsletter", "comment", "disqus", "outbrain", "taboola", "related", "readmore", "readalso",
        "lireaussi", "alire", "seealso", "voiraussi", "breadcrumb", "promo", "sponsor", "mostread"};
    /** Words that mark boilerplate unless the element is also called article, content, ... (whole words). */
    private static final Set<String> WEAK = Set.of("ad", "ads", "advert", "advertisement", "pub", "publicite",
            "banner", "sidebar", "menu", "nav", "navbar", "navigation", "footer", "header", "masthead", "toolbar",
            "widget", "popup", "modal", "overlay", "tags", "byline", "author", "print", "login", "pagination",
            "pager", "trending", "skip", "partners");
    private static final Set<String> MAYBE = Set.of("article", "body", "content", "main", "story", "text", "entry",
            "post");
    /** Cross-references to other articles: "Lire aussi", "À lire", "Read more", "See also", ... */
    static final Pattern READ_ALSO = Pattern.compile("(?iu)^\\s*(?:"
            + "(?:à|a)\\s+lire(?:\\s+(?:aussi|également))?\\s*(?::|$)"
            + "|(?:lire|voir)\\s+(?:aussi|également)|(?:lire|voir)\\s+plus\\s*$"
            + "|read\\s+(?:also|more)|also\\s+read|see\\s+also|related(?:\\s+(?:articles|stories|content))?\\s*:?$"
            + "|sur\\s+le\\s+même\\s+(?:sujet|thème)|pour\\s+aller\\s+plus\\s+loin|more\\s+on\\s+this"
            + "|further\\s+reading|you\\s+(?:may|might)\\s+also\\s+like)");
    private static final Pattern SHARE = Pattern.compile("(?iu)^\\s*(?:partager|partagez|share|tweet|tweeter|"
            + "imprimer|print|envoyer|e-?mail|facebook|twitter|x|linkedin|whatsapp|messenger|pinterest|reddit|"
            + "telegram|bluesky|copier le lien|copy link|commenter|réagir)\\b");
    private static final Pattern ACCEPT = Pattern.compile("(?iu)\\b(?:accept|accepter|j.accepte|agree|refuser|"
            + "continuer sans accepter|paramétrer|personnaliser|manage|ok)\\b");

    private final long pageText;
    private final boolean byParagraphs;

    private Boilerplate(Element body) {
        long p = MainText.paragraphText(body);
        byParagraphs = p >= 300;
        pageText = byParagraphs ? p : body.text().length();
    }

    /** Strips the boilerplate from {@code body} in place. */
    public static void strip(Element body) {
        new Boilerplate(body).run(body);
    }

    private void run(Element body) {
        // text rules first: the buttons that betray a cookie banner are removed with the tags
        for (Element e : body.select("div, section, aside, dialog")) {
            String t = shortText(e, 1500);
            if (t != null && t.toLowerCase(Locale.ROOT).contains("cookie")
                    && e.select("button, a, input").stream().anyMatch(b -> ACCEPT.matcher(b.text() + " "
                    + b.attr("value")).find())) remove(e);
        }
        for (Element e : body.select("*")) {
            if (e.ownerDocument() == null || e == body) continue;
            String own = e.ownText();
            if (READ_ALSO.matcher(own).find()) removeReadAlso(e);
            else if (e.is("a, button") && shortText(e, 40) != null && SHARE.matcher(e.text()).find()
                    && e.parent() != null && shortText(e.parent(), 120) != null) remove(e);
        }
        for (Element e : body.select(TAGS)) remove(e);
        for (Element e : body.select("header")) {
            if (e.closest("article, main, [itemprop=articleBody]") == null) remove(e);
        }
        for (Element e : body.select("[class], [id]")) {
            if (e != body && e.ownerDocument() != null && boilerplateName(e.className() + " " + e.id())) remove(e);
        }
    }

    /** A "Lire aussi" line goes with its block; a "Lire aussi" heading also takes the list that follows it. */
    private void removeReadAlso(Element e) {
        Element block = e;
        while (block.parent() != null && !block.parent().is("body") && shortText(block.parent(), 400) != null
                && READ_ALSO.matcher(block.parent().text()).find()) block = block.parent();
        if (shortText(block, 400) == null) return;
        Element next = block.nextElementSibling();
        if (block.is("h2, h3, h4, h5, h6, strong, b, p") && block.text().length() < 60 && next != null
                && next.is("ul, ol, div")) remove(next);
        remove(block);
    }

    private void remove(Element e) {
        if (e.ownerDocument() == null || e.is("body, html")) return;
        long held = byParagraphs ? MainText.paragraphText(e) : e.text().length();
        if (pageText > 0 && held * 2 >= pageText) return;
        e.remove();
    }

    /**
     * The text of {@code e} if shorter than {@code limit} characters, else null, found without building the text of
     * a large element: these tests run on every block of the page, the largest ones holding all of it.
     */
    static String shortText(Element e, int limit) {
        int[] n = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) n[0] += t.getWholeText().strip().length();
                return n[0] >= limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        if (n[0] >= limit) return null;
        String t = e.text();
        return t.length() < limit ? t : null;
    }

    static boolean boilerplateName(String names) {
        String[] tokens = names.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        Set<String> words = new HashSet<>();
        for (int i = 0; i < tokens.length; i++) {
            words.add(tokens[i]);
            if (i + 1 < tokens.length) words.add(tokens[i] + tokens[i + 1]);
        }
        boolean maybe = words.stream().anyMatch(MAYBE::contains);
        for (String w : words) {
            for (String s : STRONG) if (w.startsWith(s)) return true;
            if (!maybe && WEAK.contains(w)) return true;
        }
        return false;
    }
}
