package org.diurna.ingest.internal;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.diurna.ingest.Input;

/**
 * A lazy sequence of inputs read from one source, holding at most one record at a time so that a large corpus never
 * sits in memory. Subclasses compute the next input on demand and release their file when done or closed.
 */
public abstract class Records implements Iterator<Input>, Closeable {
    private Input next;
    private boolean done;

    /** The next input, or null at the end. Bad content must come back as a failed input, never as an exception. */
    protected abstract Input computeNext();

    /** Releases the underlying file; called once the records are exhausted, and again (harmlessly) on close. */
    @Override public void close() {}

    @Override public final boolean hasNext() {
        if (next == null && !done) {
            next = computeNext();
            if (next == null) {
                done = true;
                close();
            }
        }
        return next != null;
    }

    @Override public final Input next() {
        if (!hasNext()) throw new NoSuchElementException();
        Input n = next;
        next = null;
        return n;
    }

    /** Inputs already at hand (a single article, a problem). */
    public static Records of(Input... inputs) {
        Iterator<Input> it = List.of(inputs).iterator();
        return new Records() {
            @Override protected Input computeNext() { return it.hasNext() ? it.next() : null; }
        };
    }
}
