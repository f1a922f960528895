package org.diurna.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diurna.export.Exporter;
import org.diurna.export.Format;
import org.diurna.store.EventActor;
import org.diurna.store.EventRow;
import org.diurna.store.EventStore;
import org.diurna.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code diurna events}: the events of the database, filtered, most reported first. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists events, most reported first, with their evidence and the outlets that told them.",
                "Example: diurna events --dyad TUR,RUS --type CONSULT --from 2016-11-01 --to 2016-12-31"})
final class EventsCommand implements Callable<Integer> {
    @Mixin DatabaseOption database;
    @Mixin EventFilters filters;

    @Option(names = "--limit", defaultValue = "20", description = "how many (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "one JSON object per line, as 'export --format jsonl'")
    boolean json;

    @Override public Integer call() throws Exception {
        EventStore opened = database.open();
        if (opened == null) return Main.REJECTED;
        try (EventStore store = opened) {
            if (json) {
                Path tmp = java.nio.file.Files.createTempFile("diurna-events", ".jsonl");
                Exporter.export(store, filters.query().limit(limit), Format.JSONL, tmp);
                System.out.print(java.nio.file.Files.readString(tmp));
                java.nio.file.Files.delete(tmp);
                return 0;
            }
            long total = store.countEvents(filters.query());
            for (EventRow e : store.events(filters.query().limit(limit))) print(e);
            System.out.printf("%d of %d events%n", Math.min(limit, total), total);
        }
        return 0;
    }

    private static void print(EventRow e) {
        // names, outlets and evidence come from the articles: printed escaped (Printable)
        System.out.printf("%s  %s %s%s → %s  %s  %s%n", e.eventId(), who(e.source()), e.plover(),
                e.mode() == null ? "" : "/" + e.mode(), who(e.target()),
                e.date() == null ? "undated" : e.date(), e.factuality());
        System.out.printf("    %d mentions in %d articles from %d outlets: %s%n", e.numMentions(), e.numArticles(),
                e.numSources(), Printable.of(String.join(", ", e.outlets())));
        if (e.evidence() != null) System.out.printf("    \"%s\"%n", Printable.of(e.evidence().replaceAll("\\s+", " ")));
    }

    private static String who(EventActor a) {
        if (a == null || a.unknown()) return "(unspecified)";
        return (a.name() == null ? "" : Printable.of(a.name()) + " ") + "(" + a.cameoCode() + ")";
    }
}
