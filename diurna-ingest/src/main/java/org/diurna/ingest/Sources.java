package org.diurna.ingest;

import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.diurna.ingest.internal.Format;
import org.diurna.ingest.internal.InputChain;
import org.diurna.ingest.internal.Targets;

/**
 * Everything Diurna can read from the command line's arguments, as a lazy stream of inputs.
 *
 * <p>Each argument is a file, a folder (walked recursively, files sorted by path, hidden files, page assets, text
 * sidecars and {@code *.reading.json} skipped) or a glob ({@code ~/news/*.html}, {@code corpus/**}{@code /*.warc.gz}).
 * Formats are told by extension and, where it leaves them open, by the first bytes; see {@link Format}. Bad input is
 * data: a missing path, an unknown format, a malformed record or a truncated file is an {@link Input#failed} input
 * with its problem, and the reading goes on.
 *
 * <p>Inputs are read one at a time as the stream is consumed, one file open at a time; close the stream (or
 * consume it to the end) to release the file in reading.
 */
public final class Sources {
    private Sources() {}

    /**
     * The inputs named by {@code args}, in order: argument by argument, files sorted by path within a folder or a
     * glob, records in file order. Sources are the path as named (relative stays relative), {@code path#N} for the
     * N-th record (1-based) of a JSONL, JSON array, feed or WARC file. {@link Input#format()} is text, jsonl, json,
     * html, feed or warc, and "unknown" for a missing path, an unreadable folder or an unsupported file.
     */
    public static Stream<Input> open(List<String> args, IngestOptions opts) {
        InputChain chain = new InputChain(new Targets(args), opts);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chain, Spliterator.ORDERED
                | Spliterator.NONNULL), false).onClose(chain::close);
    }
}
