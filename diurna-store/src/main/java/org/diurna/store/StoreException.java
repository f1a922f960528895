package org.diurna.store;

/** The event database could not do what was asked: an I/O or SQL failure, or a database this version cannot read. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
