package org.diurna.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.diurna.ingest.IngestOptions;
import org.diurna.ingest.Input;
import org.diurna.ingest.Sources;
import org.diurna.model.Article;
import org.diurna.model.Problem;

/**
 * The articles that command-line arguments name, read exactly as {@code diurna ingest} reads them ({@link Sources}:
 * text with its NAME.json sidecar, HTML pages, JSON/JSONL, feeds, WARC, .gz of these, folders and globs), so that
 * {@code read} and {@code eval} see what the database would hold. {@code -} is standard input, told apart like a file
 * without extension: a WARC, a feed or a page by its first bytes, else plain text.
 *
 * <p>An article's id is its file name ({@code NAME.fr.txt}, {@code crawl.warc#3}, {@code stdin}): a reading's
 * {@code document.id}, which {@code eval --readings} matches with the gold's text file.
 */
final class Inputs {
    static final String STDIN = "stdin";

    private Inputs() {}

    /** The inputs of {@code args} in order, read as the stream is consumed; close it to release files. */
    static Stream<Input> open(List<String> args, IngestOptions opts) {
        Path spool = args.contains("-") ? spoolStandardInput() : null;
        List<String> named = new ArrayList<>(args);
        named.replaceAll(a -> a.equals("-") ? spool.toString() : a);
        Stream<Input> s = Sources.open(named, opts).map(in -> renamed(in, spool));
        return spool == null ? s : s.onClose(() -> deleteSpool(spool));
    }

    /** The first input of one file: its article, or why it has none. */
    static Input first(Path file) {
        try (Stream<Input> s = open(List.of(file.toString()), IngestOptions.defaults())) {
            return s.findFirst().orElse(Input.failed(file.toString(), "unknown", new Problem("empty", file.toString(),
                    "nothing to read in it")));
        }
    }

    /** The input with the spool's path shown as "stdin" and its article named by its file name. */
    private static Input renamed(Input in, Path spool) {
        String source = spool == null ? in.source() : in.source().replace(spool.toString(), STDIN);
        if (!in.ok()) {
            Problem p = in.problem();
            String where = spool == null ? p.where() : p.where().replace(spool.toString(), STDIN);
            String detail = spool == null ? p.detail() : p.detail().replace(spool.toString(), STDIN);
            return Input.failed(source, in.format(), new Problem(p.code(), where, detail));
        }
        Article a = in.article();
        return Input.of(source, in.format(), new Article(id(source), a.text(), a.published(), a.title(), a.url(),
                a.outlet(), a.language()));
    }

    /** The file name of a source, with its record number: "corpus/x.warc#3" → "x.warc#3". */
    static String id(String source) {
        int hash = source.lastIndexOf('#');
        String file = hash > 0 && source.substring(hash + 1).matches("[0-9]+") ? source.substring(0, hash) : source;
        Path name = Path.of(file).getFileName();
        return (name == null ? file : name.toString()) + source.substring(file.length());
    }

    /**
     * Standard input copied to a file named without extension, so that the readers tell its format as they tell a
     * file's; a WARC may be larger than memory.
     */
    private static Path spoolStandardInput() {
        try {
            Path dir = Files.createTempDirectory("diurna-stdin");
            Path file = dir.resolve(STDIN);
            Files.copy(System.in, file); // not closed: standard input belongs to the process
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep standard input in a temporary file", e);
        }
    }

    private static void deleteSpool(Path spool) {
        try {
            TempDirs.delete(spool.getParent());
        } catch (IOException e) {
            // a temporary file left behind: the system's temporary folder is cleaned anyway
        }
    }
}
