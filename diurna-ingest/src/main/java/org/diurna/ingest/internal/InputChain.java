package org.diurna.ingest.internal;

import java.util.Iterator;
import org.diurna.ingest.IngestOptions;
import org.diurna.ingest.Input;

/**
 * The inputs of all the targets, one file open at a time. A reader that fails in a way nobody foresaw loses its
 * file, not the run: the failure becomes a problem and the next file is read.
 */
public final class InputChain extends Records {
    private final Iterator<Walk.Target> targets;
    private final IngestOptions opts;
    private Records current;
    private String currentSource;

    public InputChain(Iterator<Walk.Target> targets, IngestOptions opts) {
        this.targets = targets;
        this.opts = opts;
    }

    @Override protected Input computeNext() {
        while (true) {
            if (current != null) {
                try {
                    if (current.hasNext()) return current.next();
                } catch (RuntimeException e) {
                    closeCurrent();
                    return Problems.unexpected(currentSource, Format.UNKNOWN.label, e);
                }
                closeCurrent();
            }
            if (!targets.hasNext()) return null;
            Walk.Target t = targets.next();
            if (t.failure() != null) return t.failure();
            currentSource = t.source();
            try {
                current = Readers.open(t.path(), t.source(), opts);
            } catch (RuntimeException e) {
                return Problems.unexpected(t.source(), Format.UNKNOWN.label, e);
            }
        }
    }

    private void closeCurrent() {
        if (current != null) current.close();
        current = null;
    }

    @Override public void close() {
        closeCurrent();
    }
}
