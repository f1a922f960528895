package org.diurna.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diurna.time.eval.TimeBankEval;
import org.diurna.time.eval.TimeEvalReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diurna eval-time}: Diurna's time expressions against plain HeidelTime 2.1 on an ISO-TimeML corpus. */
@Command(name = "eval-time", mixinStandardHelpOptions = true,
        description = {"Scores time expressions against plain HeidelTime on French TimeBank.",
                "Reads a folder of ISO-TimeML files (French TimeBank: ../shared/eval/",
                "fr-timebank), each article resolved against its own <DCT>: Diurna's tagger and, in the same run and",
                "on the same CoreNLP tokens, plain HeidelTime 2.1. Prints strict and relaxed span F1 and value F1",
                "for both, and the difference. Takes about a minute."})
final class EvalTimeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "folder of .tml files")
    Path dir;

    @Option(names = "--json", description = "print {\"diurna\": {...}, \"heideltime\": {...}}")
    boolean json;

    @Override public Integer call() {
        if (!Files.isDirectory(dir)) {
            System.err.println("diurna: " + dir + " is not a folder of .tml files");
            return Main.REJECTED;
        }
        System.err.println("Reading " + dir + " with CoreNLP, Diurna's tagger and plain HeidelTime ...");
        TimeEvalReport r = TimeBankEval.run(dir);
        System.out.println(json ? r.toJson() : r.toText());
        return 0;
    }
}
