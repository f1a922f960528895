package org.diurna.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import org.diurna.server.ListenException;
import org.diurna.store.DatabaseInUseException;
import org.diurna.text.Printable;
import picocli.CommandLine;

/**
 * What a command's exception means for the person who ran it, decided here once for every command: a condition they
 * can fix (the database is held by a running server, the port is taken) is one line that says the fix and exit code
 * 1; anything else is a bug, exit code 3, with a request to report it (and its stack trace with -Ddiurna.trace=true).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override public int handleExecutionException(Exception ex, CommandLine line, CommandLine.ParseResult parsed) {
        PrintWriter err = line.getErr();
        String fix = userFixable(ex);
        if (fix != null) {
            err.println("diurna: " + Printable.of(fix));
            return Main.REJECTED;
        }
        err.println("diurna: internal error: " + Printable.of(ex.toString()));
        if (Boolean.getBoolean("diurna.trace")) ex.printStackTrace(err);
        err.println("Please report it with the input that caused it.");
        return Main.INTERNAL;
    }

    /** The diagnosis and fix, on one line, when {@code ex} (or its cause) is a condition one can fix; else null. */
    static String userFixable(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof DatabaseInUseException e) {
                boolean index = Files.isDirectory(e.path()); // the DuckDB database is a file, its search index a folder
                String what = index ? "the search index " : "the database ";
                return what + e.path() + " is in use by another process (" + (e.pid() == null ? "" : "PID " + e.pid()
                        + ": ") + "a running `diurna serve`?): stop it, or use another --db";
            }
            if (t instanceof ListenException e) {
                // the JDK's words for EADDRINUSE and EACCES; anything else is a host that is not this machine's
                String m = e.getMessage();
                return m + (m.endsWith("already in use")
                        ? " (another `diurna serve`?): stop it, or choose another --port"
                        : m.endsWith("Permission denied") ? ": choose a --port above 1023"
                        : ": give --host an address of this machine (127.0.0.1, or 0.0.0.0 for all)");
            }
        }
        return null;
    }
}
