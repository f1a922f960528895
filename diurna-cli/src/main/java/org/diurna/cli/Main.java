package org.diurna.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code diurna} command: reads news dispatches into evidence-backed political events. */
@Command(name = "diurna", mixinStandardHelpOptions = true, version = "diurna 0.1.0",
        description = {"Reads news dispatches (French first, and English) into a record of political events:",
                "who did what to whom, when, where, according to whom, with the sentence that proves it.", ""},
        subcommands = {ReadCommand.class, IngestCommand.class, ServeCommand.class, SearchCommand.class, EventsCommand.class,
                ExportCommand.class, ProblemsCommand.class, EvalCommand.class, EvalTimeCommand.class, BenchCommand.class,
                GenerateLoadCommand.class, LexiconCheckCommand.class, org.diurna.spark.ReadCorpus.class,
                EvalCameoCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  everything was read", "  1  some input was rejected, an evaluation threshold was not met, or",
                "     something you can fix stopped the command (the database is in use by a",
                "     running 'diurna serve', the port is taken): the message says what to do",
                "  2  wrong usage", "  3  internal error (please report it)", "",
                "Example: diurna read --published 2016-11-30 dispatch.fr.txt"})
public final class Main implements Runnable {
    public static final int REJECTED = 1;
    public static final int INTERNAL = 3;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl.execute(args);
    }

    @Override public void run() {
        spec.commandLine().usage(System.out);
    }
}
