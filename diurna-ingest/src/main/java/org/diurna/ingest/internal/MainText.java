package org.diurna.ingest.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element holding an article's text and cuts it into paragraphs. The element is the {@code <article>}
 * with the most paragraph text, else the {@code [itemprop=articleBody]}, else the element whose paragraphs hold the
 * most text (each paragraph counting fully for its parent and half for its grandparent, so that a text split into
 * several blocks still elects the block that holds them).
 */
public final class MainText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "caption", "hr", "header", "footer", "address", "center", "details", "summary", "figure", "body");

    private MainText() {}

    /** Total length of the text of the paragraphs under {@code e}. */
    public static long paragraphText(Element e) {
        long n = 0;
        for (Element p : e.select("p")) n += p.text().length();
        return n;
    }

    public static Element choose(Element body) {
        long total = paragraphText(body);
        for (String selector : List.of("article", "[itemprop=articleBody]")) {
            Element best = null;
            long bestLen = 0;
            for (Element a : body.select(selector)) {
                long n = paragraphText(a);
                if (n > bestLen) {
                    best = a;
                    bestLen = n;
                }
            }
            // a teaser card is an <article> too: it must hold a fair share of the page's text to be the one
            if (best != null && bestLen * 10 >= total * 3) return best;
        }
        Map<Element, Long> score = new IdentityHashMap<>();
        for (Element p : body.select("p")) {
            long n = p.text().length();
            Element parent = p.parent();
            if (parent == null) continue;
            score.merge(parent, n, Long::sum);
            if (parent.parent() != null && parent != body) score.merge(parent.parent(), n / 2, Long::sum);
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
    }

    /** The paragraphs of {@code root}: the text of its blocks, {@code <br><br>} also separating paragraphs. */
    public static List<String> paragraphs(Element root) {
        Collector c = new Collector();
        NodeTraversor.traverse(c, root);
        c.flush();
        return c.out;
    }

    private static final class Collector implements NodeVisitor {
        final List<String> out = new ArrayList<>();
        final StringBuilder buf = new StringBuilder();
        int linkChars;
        int inLink;

        @Override public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText().replaceAll("[ \\t\\n\\r\\f\\u000B]+", " ");
                buf.append(s);
                if (inLink > 0) linkChars += s.trim().length();
            } else if (node instanceof Element e) {
                if (e.normalName().equals("a")) inLink++;
                else if (e.normalName().equals("br")) lineBreak();
                else if (BLOCKS.contains(e.normalName())) flush();
            }
        }

        @Override public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (e.normalName().equals("a")) inLink--;
                else if (BLOCKS.contains(e.normalName())) flush();
            }
        }

        /** One {@code <br>} breaks a line; a second one in a row ends the paragraph, as old pages write them. */
        void lineBreak() {
            int end = buf.length();
            while (end > 0 && buf.charAt(end - 1) == ' ') end--;
            if (end > 0 && buf.charAt(end - 1) == '\n') {
                buf.setLength(end - 1);
                flush();
            } else {
                buf.append('\n');
            }
        }

        void flush() {
            String text = buf.toString().replaceAll(" *\n *", "\n").strip();
            // a block that is mostly a link is navigation, a teaser or a "read more", not the article's prose
            boolean linkList = linkChars * 10 > text.length() * 6 && text.length() < 300;
            if (!text.isEmpty() && !linkList) {
                if (out.isEmpty() || !out.get(out.size() - 1).equals(text)) out.add(text);
            }
            buf.setLength(0);
            linkChars = 0;
        }
    }
}
