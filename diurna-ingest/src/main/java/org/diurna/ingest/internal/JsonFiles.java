package org.diurna.ingest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import org.diurna.ingest.IngestOptions;
import org.diurna.ingest.Input;

/**
 * JSONL files (one article object per line, read lazily: a file of a million lines holds one line in memory) and
 * JSON documents (one article object, or an array of them). A bad line is a problem for {@code file#line}, and the
 * reading goes on with the next line.
 */
public final class JsonFiles {
    public static final String JSONL = Format.JSONL.label;
    public static final String JSON = Format.JSON.label;

    private JsonFiles() {}

    public static Records lines(Path file, String source, boolean gzip, IngestOptions opts) {
        InputStream in;
        try {
            in = Bytes.open(file, gzip);
        } catch (IOException e) {
            return Records.of(Problems.io(source, JSONL, e, null));
        }
        LineReader reader = new LineReader(in, opts.maxBytes());
        return new Records() {
            int lineNo;
            int lines; // not blank
            boolean ended;

            @Override protected Input computeNext() {
                while (!ended) {
                    LineReader.Line line;
                    try {
                        line = reader.next();
                    } catch (IOException e) {
                        ended = true;
                        return Problems.io(source, JSONL, e, lineNo + " lines read before");
                    }
                    if (line == null) {
                        ended = true;
                        if (lines == 0) {
                            return Problems.fail(source, JSONL, "empty", "the file holds no JSON line");
                        }
                        break;
                    }
                    String where = source + "#" + ++lineNo;
                    if (line.length() > 0 && !isBlank(line.bytes())) lines++;
                    if (line.length() > opts.maxBytes()) {
                        return Problems.tooLarge(where, JSONL, "the line", line.length(), opts.maxBytes());
                    }
                    String text;
                    try {
                        text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line.bytes())).toString();
                    } catch (CharacterCodingException e) {
                        return Problems.fail(where, JSONL, "encoding", "not valid UTF-8 (JSON must be UTF-8)");
                    }
                    if (lineNo == 1 && text.startsWith("\uFEFF")) text = text.substring(1);
                    if (text.isBlank()) continue;
                    return JsonArticles.parse(text, where, JSONL, opts);
                }
                return null;
            }

            @Override public void close() {
                try {
                    in.close();
                } catch (IOException e) {
                    // nothing was written: a failed close loses nothing
                }
            }
        };
    }

    private static boolean isBlank(byte[] b) {
        for (byte c : b) if (c != ' ' && c != '\t' && c != '\r') return false;
        return true;
    }

    public static Records document(Path file, String source, boolean gzip, IngestOptions opts) {
        Bytes.Loaded loaded = Bytes.load(file, gzip, Feeds.fileLimit(opts), source, JSON, "the JSON file");
        if (loaded.failure() != null) return Records.of(loaded.failure());
        JsonNode root;
        try {
            root = JsonArticles.STRICT.readTree(loaded.bytes());
        } catch (JsonProcessingException e) {
            return Records.of(Problems.fail(source, JSON, "malformed", "not valid JSON: "
                    + Problems.brief(e.getOriginalMessage())));
        } catch (IOException e) {
            return Records.of(Problems.io(source, JSON, e, null));
        }
        if (root == null || !root.isArray()) return Records.of(JsonArticles.article(root, source, JSON, opts));
        Iterator<JsonNode> items = root.elements();
        return new Records() {
            int n;

            @Override protected Input computeNext() {
                return items.hasNext() ? JsonArticles.article(items.next(), source + "#" + ++n, JSON, opts) : null;
            }
        };
    }
}
