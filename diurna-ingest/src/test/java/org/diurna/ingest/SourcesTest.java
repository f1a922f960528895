package org.diurna.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
    private static Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private static List<String> sources(List<Input> in) {
        return in.stream().map(Input::source).toList();
    }

    @Test void folderWalkIsSortedAndSkipsWhatIsNotAnInput(@TempDir Path dir) throws IOException {
        write(dir, "b.txt", "Deuxième texte.");
        write(dir, "b.json", "{\"title\": \"sidecar de b\"}");
        write(dir, "a.txt", "Premier texte.");
        write(dir, "a.reading.json", "{}");
        write(dir, "sub/c.html", "<html><body><p>Un paragraphe de page.</p></body></html>");
        write(dir, "sub/c_files/style.css", "p { color: red }");
        write(dir, ".git/config", "[core]");
        write(dir, ".notes.txt", "caché");
        write(dir, "rapport.docx", "PK");
        List<Input> in = Fixtures.read(dir);
        assertEquals(List.of(dir + "/a.txt", dir + "/b.txt", dir + "/rapport.docx", dir + "/sub/c.html"),
                sources(in));
        assertEquals("sidecar de b", in.get(1).article().title());
        assertEquals("unsupported-format", in.get(2).problem().code());
        assertTrue(in.get(2).problem().detail().contains(".docx"));
        assertEquals("Un paragraphe de page.", in.get(3).article().text());
    }

    @Test void globsAndHome(@TempDir Path dir) throws IOException {
        write(dir, "top.txt", "En haut.");
        write(dir, "x/mid.txt", "Au milieu.");
        write(dir, "x/y/deep.txt", "Tout au fond.");
        write(dir, "x/y/deep.html", "<p>Page.</p>");
        assertEquals(List.of(dir + "/top.txt"), sources(Fixtures.read(dir + "/*.txt")));
        assertEquals(List.of(dir + "/top.txt", dir + "/x/mid.txt", dir + "/x/y/deep.txt"),
                sources(Fixtures.read(dir + "/**/*.txt")));
        assertEquals(List.of(dir + "/x/y/deep.html", dir + "/x/y/deep.txt"), sources(Fixtures.read(dir + "/x/*/deep.*")));
        String home = System.getProperty("user.home");
        try {
            System.setProperty("user.home", dir.toString());
            assertEquals(List.of(dir + "/x/mid.txt"), sources(Fixtures.read("~/x/*.txt")));
        } finally {
            System.setProperty("user.home", home);
        }
        Input none = Fixtures.only(Fixtures.read(dir + "/*.warc.gz"));
        assertEquals("not-found", none.problem().code());
    }

    @Test void aFileNamedTwiceIsReadOnce(@TempDir Path dir) throws IOException {
        Path a = write(dir, "a.txt", "Un texte.");
        assertEquals(List.of(a.toString()), sources(Fixtures.read(a, dir)));
    }

    @Test void missingPathsAndUnknownFormats(@TempDir Path dir) throws IOException {
        Path pdf = write(dir, "scan.pdf", "%PDF-1.4");
        List<Input> in = Fixtures.read(dir.resolve("absent.txt"), pdf);
        assertEquals("not-found", in.get(0).problem().code());
        assertEquals(dir.resolve("absent.txt").toString(), in.get(0).problem().where());
        assertEquals("unsupported-format", in.get(1).problem().code());
        assertEquals("unknown", in.get(1).format());
    }

    @Test void filesWithoutRecordsAreEmpty(@TempDir Path dir) throws IOException {
        List<Input> in = Fixtures.read(write(dir, "a.jsonl", "\n  \n"), write(dir, "b.warc", ""),
                write(dir, "c.rss", "<rss><channel><title>Vide</title></channel></rss>"));
        assertEquals(List.of("empty", "empty", "empty"), in.stream().map(i -> i.problem().code()).toList());
        assertEquals(List.of("jsonl", "warc", "feed"), in.stream().map(Input::format).toList());
    }

    @Test void gzipOfText(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("depeche.txt.gz");
        Files.write(gz, gzip("Une dépêche compressée.".getBytes(StandardCharsets.UTF_8)));
        Input in = Fixtures.only(Fixtures.read(gz));
        assertEquals("text", in.format());
        assertEquals("Une dépêche compressée.", in.article().text());
    }

    @Test void truncatedGzipKeepsTheLinesBefore(@TempDir Path dir) throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            jsonl.append("{\"text\": \"Article ").append(i).append(", dont le texte varie: ").append(i * 7919L % 10007)
                    .append(".\"}\n");
        }
        byte[] gz = gzip(jsonl.toString().getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("flux.jsonl.gz");
        Files.write(file, Arrays.copyOf(gz, gz.length / 2));
        List<Input> in = Fixtures.read(file);
        Input last = in.get(in.size() - 1);
        assertEquals("truncated", last.problem().code());
        assertEquals(file.toString(), last.problem().where());
        assertTrue(in.size() > 100, "lines before the cut: " + in.size());
        for (int i = 0; i < in.size() - 1; i++) assertTrue(in.get(i).ok(), in.get(i)::toString);
        assertEquals(file + "#1", in.get(0).source());
    }

    @Test void inputsComeOneAtATime(@TempDir Path dir) throws IOException {
        write(dir, "a.txt", "Un.");
        write(dir, "b.txt", "Deux.");
        Path c = write(dir, "c.txt", "Trois.");
        try (Stream<Input> s = Sources.open(List.of(dir.toString()), IngestOptions.defaults())) {
            Iterator<Input> it = s.iterator();
            assertEquals("Un.", it.next().article().text());
            Files.writeString(c, "Trois, réécrit après le début de la lecture.");
            assertEquals("Deux.", it.next().article().text());
            assertEquals("Trois, réécrit après le début de la lecture.", it.next().article().text());
        }
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }
}
