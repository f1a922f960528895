package org.diurna.store;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database, or its search index, is locked by another process: a running {@code diurna serve} or
 * {@code diurna ingest} holds it. Not a fault: the person can stop that process, or use another database.
 */
public final class DatabaseInUseException extends StoreException {
    // DuckDB says so only in words: 'Could not set lock on file "...": Conflicting lock is held in ... (PID 123)'
    private static final String DUCKDB_LOCK = "Could not set lock on file";
    private static final Pattern PID = Pattern.compile("\\(PID (\\d+)\\)");

    private final Path path;
    private final Long pid;

    /**
     * @param path  the locked file or folder
     * @param pid   the process that holds it, when known, or null
     * @param cause what DuckDB or Lucene said
     */
    public DatabaseInUseException(Path path, Long pid, Throwable cause) {
        super(path.toAbsolutePath() + " is in use by another process" + (pid == null ? "" : " (PID " + pid + ")"),
                cause);
        this.path = path.toAbsolutePath();
        this.pid = pid;
    }

    /** The exception for DuckDB's failure to open {@code file}, if the failure is its lock; else null. */
    static DatabaseInUseException ofDuckDb(Path file, Exception e) {
        String m = e.getMessage();
        if (m == null || !m.contains(DUCKDB_LOCK)) return null;
        Matcher pid = PID.matcher(m);
        return new DatabaseInUseException(file, pid.find() ? Long.valueOf(pid.group(1)) : null, e);
    }

    /** The locked file (the DuckDB file) or folder (the search index). */
    public Path path() { return path; }

    /** The process holding the lock, or null when the lock does not say. */
    public Long pid() { return pid; }
}
