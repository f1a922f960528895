package org.diurna.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the ingest test corpus in a folder, at test time: the reference dispatch read from ../shared (never copied
 * into the project) and three near-copies as partner sites publish it (other header and footer, an HTML page, a WARC
 * record), the project's own sample articles in several formats, and bad files.
 */
final class Corpus {
    private Corpus() {}

    static final String[] BAD = {"bad/empty.txt", "bad/binary.txt", "bad/truncated.warc.gz", "bad/latin1.txt",
            "bad/huge.html", "bad/deutsch.txt"};

    static Path build(Path dir, Path reference, Path examples) throws IOException {
        Files.createDirectories(dir.resolve("bad"));
        String ref = Files.readString(reference);
        String body = ref.replace("© AFP", "").replace("Contenu partenaire", "").strip();
        Files.writeString(dir.resolve("afp-alep.txt"), ref);
        sidecar(dir.resolve("afp-alep.json"), "2016-11-30", "AFP", "https://afp.example/alep");
        Files.writeString(dir.resolve("partner-sud.txt"), "Le Quotidien du Sud — International\n\n" + body
                + "\n\nPartager sur Facebook\nLire aussi : les dernières nouvelles de la région\n© AFP");
        sidecar(dir.resolve("partner-sud.json"), "2016-11-30", "Le Quotidien du Sud", "https://sud.example/alep");
        Files.writeString(dir.resolve("partner-nord.html"), html(body, "L'Écho du Nord", "2016-11-30T18:02:00+01:00",
                "https://nord.example/monde/alep"));
        Files.write(dir.resolve("crawl.warc.gz"), gzip(warc("https://est.example/2016/11/30/alep",
                html(body, "Le Journal de l'Est", null, "https://est.example/2016/11/30/alep"))));
        ours(dir, examples);
        bad(dir);
        return dir;
    }

    /** The project's own samples: as text+sidecar, as HTML pages, and as one JSONL file. */
    private static void ours(Path dir, Path examples) throws IOException {
        List<Path> txt;
        try (var s = Files.list(examples)) {
            txt = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> jsonl = new ArrayList<>();
        for (int i = 0; i < txt.size(); i++) {
            Path p = txt.get(i);
            String name = p.getFileName().toString().replace(".txt", "");
            String text = Files.readString(p);
            String published = name.substring(0, 10);
            if (i % 3 == 0) {
                Files.writeString(dir.resolve("ours-" + name + ".txt"), text);
                sidecar(dir.resolve("ours-" + name + ".json"), published, "Diurna samples", "https://ex.example/" + name);
            } else if (i % 3 == 1) {
                Files.writeString(dir.resolve("ours-" + name + ".html"), html(text, "Diurna samples",
                        published + "T08:00:00Z", "https://ex.example/" + name));
            } else {
                jsonl.add("{\"url\":\"https://ex.example/" + name + "\",\"published\":\"" + published
                        + "\",\"outlet\":\"Diurna samples\",\"text\":" + json(text) + "}");
            }
        }
        Files.write(dir.resolve("ours.jsonl"), jsonl);
    }

    private static void bad(Path dir) throws IOException {
        Files.write(dir.resolve("bad/empty.txt"), new byte[0]);
        Files.write(dir.resolve("bad/binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 0, 9});
        byte[] warc = gzip(warc("https://x.example/a", html("Un texte. Un autre paragraphe.", "X", null,
                "https://x.example/a")));
        Files.write(dir.resolve("bad/truncated.warc.gz"), java.util.Arrays.copyOf(warc, warc.length / 2));
        Files.write(dir.resolve("bad/latin1.txt"), "Le président a parlé à l'été dernier".getBytes(
                StandardCharsets.ISO_8859_1));
        StringBuilder huge = new StringBuilder("<html><body><article>");
        while (huge.length() < 20_000_000) huge.append("<p>Le ministre a parlé longuement devant la presse.</p>");
        Files.writeString(dir.resolve("bad/huge.html"), huge.append("</article></body></html>"));
        Files.writeString(dir.resolve("bad/deutsch.txt"), "Die Bundesregierung hat am Dienstag neue Sanktionen gegen "
                + "Russland beschlossen, teilte ein Regierungssprecher in Berlin mit.");
    }

    static String html(String text, String site, String published, String url) {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=utf-8><title>")
                .append(esc(text.strip().lines().findFirst().orElse(""))).append("</title>")
                .append("<meta property=\"og:site_name\" content=\"").append(esc(site)).append("\">")
                .append("<link rel=canonical href=\"").append(url).append("\">");
        if (published != null) {
            b.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
        }
        b.append("</head><body><nav><a href=/>Accueil</a> <a href=/monde>Monde</a></nav>")
                .append("<div class=cookie>Nous utilisons des cookies. Accepter</div><article>");
        for (String para : text.strip().split("\\n\\s*\\n")) b.append("<p>").append(esc(para.strip())).append("</p>");
        return b.append("</article><aside>Lire aussi : nos autres articles</aside><footer>© ").append(esc(site))
                .append(" — mentions légales</footer></body></html>").toString();
    }

    static byte[] warc(String uri, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n";
        byte[] payload = concat(http.getBytes(StandardCharsets.ISO_8859_1), body);
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri
                + "\r\nWARC-Date: 2016-12-02T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:6b1e2c4e-1d2a-4c55-9e1a-"
                + String.format("%012x", Math.abs((long) uri.hashCode())) + ">\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + payload.length + "\r\n\r\n";
        return concat(concat(head.getBytes(StandardCharsets.ISO_8859_1), payload),
                "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void sidecar(Path p, String published, String outlet, String url) throws IOException {
        Files.writeString(p, "{\"published\":\"" + published + "\",\"outlet\":" + json(outlet) + ",\"url\":\"" + url
                + "\"}");
    }

    static String json(String s) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
