package org.diurna.store;

import java.nio.file.Path;

/**
 * A separate JVM that ingests {@link Fixtures#stream} into a database and reports each commit on stdout, for
 * {@link KillIT} to kill with SIGKILL at an arbitrary point. Arguments: database directory, number of articles.
 */
public final class IngestChild {
    private IngestChild() {}

    public static void main(String[] args) {
        try (EventStore s = EventStore.open(Path.of(args[0]))) {
            for (StoredArticle a : Fixtures.stream(Integer.parseInt(args[1]))) {
                if (s.addArticle(a)) {
                    System.out.println("added " + a.articleId());
                    System.out.flush();
                }
            }
        }
        System.out.println("done");
    }
}
