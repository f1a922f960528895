package org.diurna.cli;

import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.diurna.Diurna;
import org.diurna.events.Lexicon;
import org.diurna.events.LexiconCheck;
import org.diurna.events.Predicate;
import org.diurna.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code diurna lexicon-check}: reads every predicate row's own test sentence and lists the rows that misread it. */
@Command(name = "lexicon-check", mixinStandardHelpOptions = true,
        description = {"Checks the event lexicon against its own test sentences.",
                "",
                "Every row of predicates-LANG.tsv carries an example sentence and the coding it must give (expect: "
                        + "'SRC > TGT' as country + sector, '-' for none). This reads each example with the full "
                        + "pipeline and lists the rows that do not fire, or fire with another type or dyad. Run it "
                        + "after editing the file; FrenchLexiconIT asserts the same.",
                "",
                "Example: diurna lexicon-check --lang fr --only fr-0042,fr-0043",
                "",
                "Exit code 1 when a row fails."})
final class LexiconCheckCommand implements Callable<Integer> {
    @Option(names = "--lang", defaultValue = "fr", description = "the lexicon's language (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "check only these row ids")
    List<String> only;

    @Override public Integer call() {
        List<Predicate> rows = Lexicon.of(lang).all().stream()
                .filter(p -> only == null || only.contains(p.id())).filter(p -> !p.example().isBlank()).toList();
        if (rows.isEmpty()) {
            System.err.println("diurna: no rows with an example for language '" + lang + "'");
            return Main.REJECTED;
        }
        List<LexiconCheck.Failure> bad;
        try (ProgressBar pb = new ProgressBarBuilder().setTaskName("rows").setInitialMax(rows.size())
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            bad = LexiconCheck.run(Lexicon.of(lang), rows, s -> Diurna.read(new Article("example", s, LexiconCheck.DAY, null, null,
                    null, lang)), pb::step);
        }
        bad.forEach(System.out::println);
        System.out.printf("%d rows, %d read their example right, %d fail%n", rows.size(), rows.size() - bad.size(),
                bad.size());
        return bad.isEmpty() ? 0 : Main.REJECTED;
    }
}
