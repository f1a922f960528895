package org.diurna.ingest.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Expands arguments into files, one argument at a time: a file; a folder, walked recursively; or a glob
 * ({@code ~/news/*.html}, {@code corpus/**}{@code /*.warc.gz}, where {@code **}{@code /} also matches no folder at
 * all). A leading {@code ~} is the home folder, for patterns the shell did not expand. A file met twice (named, then
 * in a folder) is read once.
 */
public final class Targets implements Iterator<Walk.Target> {
    private static final Pattern GLOB = Pattern.compile(".*[*?\\[{].*");

    private final Iterator<String> args;
    private final Deque<Walk.Target> pending = new ArrayDeque<>();
    private final Set<Path> seen = new HashSet<>();

    public Targets(List<String> args) {
        this.args = List.copyOf(args).iterator();
    }

    @Override public boolean hasNext() {
        while (pending.isEmpty() && args.hasNext()) expand(args.next());
        return !pending.isEmpty();
    }

    @Override public Walk.Target next() {
        if (!hasNext()) throw new NoSuchElementException();
        return pending.poll();
    }

    private void expand(String arg) {
        if (arg.isBlank()) { // Path.of("") is the current folder: an empty argument must not read it all
            pending.add(notFound(arg, "an empty argument names no file"));
            return;
        }
        String s = home(arg);
        Path p = null;
        try {
            p = Path.of(s);
        } catch (InvalidPathException e) {
            // not a path: maybe a pattern, else not found
        }
        List<Walk.Target> found;
        if (p != null && Files.isDirectory(p)) found = Walk.files(p, Integer.MAX_VALUE, f -> true);
        else if (p != null && Files.exists(p)) {
            found = Walk.notAnInput(p, false) ? List.of() : List.of(new Walk.Target(p, p.toString(), null));
        } else if (GLOB.matcher(s).matches()) {
            found = glob(s);
            if (found.isEmpty()) pending.add(notFound(arg, "no file matches this pattern"));
        } else found = List.of(notFound(arg, "no such file or folder"));
        for (Walk.Target t : found) {
            if (t.failure() != null || seen.add(t.path().toAbsolutePath().normalize())) pending.add(t);
        }
    }

    private static List<Walk.Target> glob(String pattern) {
        String[] segments = pattern.split("/", -1);
        int i = 0;
        while (i < segments.length && !GLOB.matcher(segments[i]).matches()) i++;
        String base = String.join("/", Arrays.copyOfRange(segments, 0, i));
        if (base.isEmpty() && pattern.startsWith("/")) base = "/";
        String rest = String.join("/", Arrays.copyOfRange(segments, i, segments.length));
        Path dir = Path.of(base);
        if (!Files.isDirectory(dir)) return List.of();
        var fs = dir.getFileSystem();
        PathMatcher m = fs.getPathMatcher("glob:" + rest);
        // "**/" in a shell (globstar) also matches no folder at all; in Java it needs one
        PathMatcher flat = fs.getPathMatcher("glob:" + rest.replace("**/", ""));
        int depth = rest.contains("**") ? Integer.MAX_VALUE : segments.length - i;
        return Walk.files(dir, depth, f -> {
            Path rel = dir.relativize(f);
            return m.matches(rel) || flat.matches(rel);
        });
    }

    private static Walk.Target notFound(String arg, String detail) {
        return new Walk.Target(null, arg, Problems.fail(arg, Format.UNKNOWN.label, "not-found", detail));
    }

    static String home(String arg) {
        if (!arg.equals("~") && !arg.startsWith("~/")) return arg;
        return System.getProperty("user.home") + arg.substring(1);
    }
}
