package org.diurna.ingest.internal;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.diurna.ingest.Input;

/**
 * The files under a folder, sorted by path so that a corpus is always read in the same order. Only paths are held:
 * a 100k-file corpus costs a few megabytes here, its articles are read one at a time later. Hidden files and folders,
 * the assets of saved pages (images, scripts, styles), text sidecars and Diurna's own {@code *.reading.json} output
 * are not inputs and are skipped silently; a folder that cannot be listed is a problem.
 */
public final class Walk {
    /** A file to read, or the problem met while looking for files. */
    public record Target(Path path, String source, Input failure) {}

    private Walk() {}

    public static List<Target> files(Path root, int depth, Predicate<Path> match) {
        List<Target> out = new ArrayList<>();
        try {
            Files.walkFileTree(root, Set.of(FileVisitOption.FOLLOW_LINKS), depth, new SimpleFileVisitor<>() {
                @Override public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file) && !notAnInput(file, true) && match.test(file)) {
                        out.add(new Target(file, file.toString(), null));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult visitFileFailed(Path file, IOException e) {
                    out.add(new Target(file, null, e instanceof FileSystemLoopException
                            ? Problems.fail(file.toString(), Format.UNKNOWN.label, "unreadable",
                                    "a symbolic link loops back to a folder above it; skipped")
                            : Problems.io(file.toString(), Format.UNKNOWN.label, e, null)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            out.add(new Target(root, null, Problems.io(root.toString(), Format.UNKNOWN.label, e, null)));
        }
        out.sort(Comparator.comparing(Target::path));
        return out;
    }

    /**
     * Files that are never inputs: sidecars of texts and Diurna's readings (even when named, since a shell glob
     * names them too) and, when {@code walking}, the assets of saved pages.
     */
    public static boolean notAnInput(Path file, boolean walking) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".reading.json") || TextFiles.isSidecar(file)) return true;
        String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return walking && Format.ASSETS.contains(Format.extension(base));
    }

    static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".") && !name.toString().equals(".")
                && !name.toString().equals("..");
    }
}
