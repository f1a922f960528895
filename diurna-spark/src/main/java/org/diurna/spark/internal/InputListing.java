package org.diurna.spark.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.diurna.ingest.internal.Targets;
import org.diurna.ingest.internal.Walk;

/**
 * The job's input files, listed on the driver in the order {@code diurna ingest} reads them: argument by argument,
 * files sorted by path within a folder or a pattern. Local arguments are listed by the ingest's own walker (same
 * files, same source names, so the same article ids); URIs (hdfs://, s3a://, gs://, file://...) through Hadoop,
 * skipping what the walker skips (hidden files, text sidecars, page assets, readings).
 */
public final class InputListing {
    private InputListing() {}

    public static List<FileTask> list(List<String> args, Configuration hadoop) {
        List<FileTask> out = new ArrayList<>();
        List<String> locals = new ArrayList<>();
        for (String arg : args) {
            if (isRemote(arg)) {
                flushLocal(locals, out);
                remote(arg, hadoop, out);
            } else {
                locals.add(arg);
            }
        }
        flushLocal(locals, out);
        return out;
    }

    /**
     * A URI with a scheme ({@code hdfs://}, {@code s3a://}, and also {@code file://}, which takes the same Hadoop
     * path as the others and names sources by URI); a bare path is read by the ingest's walker.
     */
    static boolean isRemote(String arg) {
        int colon = arg.indexOf("://");
        return colon > 1 && arg.substring(0, colon).matches("[a-zA-Z][a-zA-Z0-9+.-]*");
    }

    private static void flushLocal(List<String> locals, List<FileTask> out) {
        if (locals.isEmpty()) return;
        Targets targets = new Targets(locals);
        while (targets.hasNext()) {
            Walk.Target t = targets.next();
            if (t.failure() != null) {
                out.add(new FileTask(out.size(), null, true, t.source(), t.failure().problem().code(),
                        t.failure().problem().detail()));
            } else {
                out.add(new FileTask(out.size(), t.path().toString(), true, t.source(), null, null));
            }
        }
        locals.clear();
    }

    private static void remote(String arg, Configuration hadoop, List<FileTask> out) {
        try {
            Path p = new Path(arg);
            FileSystem fs = p.getFileSystem(hadoop);
            FileStatus[] matched = fs.globStatus(p);
            if (matched == null || matched.length == 0) {
                out.add(new FileTask(out.size(), null, false, arg, "not-found", "no such file or folder"));
                return;
            }
            List<String> files = new ArrayList<>();
            for (FileStatus st : matched) {
                if (st.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        if (keep(st.getPath(), f.getPath())) files.add(f.getPath().toString());
                    }
                } else if (!skipped(st.getPath().getName(), false)) {
                    files.add(st.getPath().toString());
                }
            }
            java.util.Set<String> all = new java.util.HashSet<>(files);
            files.removeIf(f -> isSidecar(f, all));
            files.sort(null);
            for (String f : files) out.add(new FileTask(out.size(), f, false, f, null, null));
        } catch (IOException | IllegalArgumentException e) {
            out.add(new FileTask(out.size(), null, false, arg, "io", "cannot list it: " + e.getMessage()));
        }
    }

    /** Under a walked folder: no hidden file or folder on the way, and not a file the walker skips. */
    private static boolean keep(Path root, Path file) {
        String rel = file.toUri().getPath().substring(root.toUri().getPath().length());
        for (String part : rel.split("/")) if (part.startsWith(".") || part.startsWith("_")) return false;
        return !skipped(file.getName(), true);
    }

    /** Readings and (when walking) the assets of saved pages, by name. */
    static boolean skipped(String name, boolean walking) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".reading.json")) return true;
        // a path that cannot exist: the walker's sidecar test looks for a sibling text, which is done below instead
        return Walk.notAnInput(java.nio.file.Path.of("/nonexistent-diurna-folder", name), walking);
    }

    /** {@code NAME.json} beside {@code NAME.txt} (or .text, .txt.gz, .text.gz): the text's sidecar, read with it. */
    static boolean isSidecar(String file, java.util.Set<String> all) {
        if (!file.toLowerCase(Locale.ROOT).endsWith(".json")) return false;
        String base = file.substring(0, file.length() - 5);
        for (String ext : TEXTS) if (all.contains(base + ext)) return true;
        return false;
    }

    static final List<String> TEXTS = List.of(".txt", ".text", ".txt.gz", ".text.gz");
}
