package org.diurna.model;

/**
 * Something wrong with an input, recorded as data rather than thrown: a rejected document, an unreadable record.
 *
 * @param code   stable machine-readable code (empty, binary, encoding, too-large, language, ...)
 * @param where  the input it concerns (file, URL, record number)
 * @param detail a sentence a person can act on
 */
public record Problem(String code, String where, String detail) implements java.io.Serializable {
    @Override public String toString() { return where + ": " + detail + " [" + code + "]"; }
}
