package org.diurna.cli;

import java.util.concurrent.Callable;
import org.diurna.model.Problem;
import org.diurna.store.EventStore;
import org.diurna.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code diurna problems}: the inputs that could not be read, and why; and what was dropped from the others. */
@Command(name = "problems", mixinStandardHelpOptions = true,
        description = "Lists the inputs an ingest rejected (empty, binary, not UTF-8, too large, other language...),"
                + " and what it dropped from the articles it kept (url: a URL that is not http(s)).")
final class ProblemsCommand implements Callable<Integer> {
    @Mixin DatabaseOption database;

    @Override public Integer call() {
        EventStore opened = database.open();
        if (opened == null) return Main.REJECTED;
        try (EventStore store = opened) {
            for (Problem p : store.problems()) {
                System.out.printf("%-14s %s%n    %s%n", p.code(), Printable.of(p.where()), Printable.of(p.detail()));
            }
            System.out.println(store.counts());
        }
        return 0;
    }
}
