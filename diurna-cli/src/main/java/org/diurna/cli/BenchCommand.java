package org.diurna.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.diurna.Diurna;
import org.diurna.model.Article;
import org.diurna.nlp.CoreNlp;
import org.diurna.pipeline.Document;
import org.diurna.pipeline.Layers;
import org.diurna.reading.ReadingJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diurna bench}: the cost of Diurna's whole reading against plain CoreNLP (tokenize … depparse) on the same
 * texts, measured in one run, so that the ratio does not depend on the machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures Diurna against plain CoreNLP (or, with --ingest, ingest against reading).",
                "Reads N copies of a set of articles twice: with Diurna's full reading, and with plain CoreNLP",
                "(tokenize, ssplit, mwt, pos, ner, depparse) on the same texts, after a warm-up pass of each.",
                "Prints articles/s and tokens/s for both, the ratio Diurna time / CoreNLP time (target <= 1.3)",
                "and the peak heap in use. Default corpus: the sample dispatches in examples/ (~200 articles)."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", description = "folder of *.txt articles (default: examples)")
    Path dir = Path.of("examples");

    @Option(names = "--articles", paramLabel = "N", defaultValue = "200",
            description = "about how many articles to read in each measured pass (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Option(names = "--ingest", description = "instead: ingest throughput on 1 and 2 threads against reading alone")
    boolean ingest;

    @Option(names = "--cluster", description = "instead: the Spark job (diurna cluster) at local[1] and local[2]"
            + " against ingest on 1 and 2 threads, on every article of DIR (e.g. the 1,191 Wikinews articles)")
    boolean cluster;

    private long live;

    @Override public Integer call() throws IOException {
        List<Article> distinct = load();
        if (distinct.isEmpty()) {
            System.err.println("diurna: no readable *.txt article in " + dir);
            return Main.REJECTED;
        }
        HeapSampler heap = HeapSampler.start();
        if (cluster) {
            ObjectNode o = ClusterBench.run(List.of(dir.toString()), distinct, heap);
            heap.stop();
            o.put("peak_heap_mib", heap.peakMiB());
            if (json) {
                System.out.println(o.toPrettyString());
            } else {
                System.out.printf("%d articles of %s, each pass back to back on this machine%n",
                        o.get("articles").asInt(), dir);
                for (int c = 1; c <= 2; c++) {
                    System.out.printf("%d core%s: ingest %6.2f articles/s   Spark local[%d] %6.2f articles/s   "
                                    + "Spark cost / ingest cost %.2f (target <= 1.15)%n", c, c == 1 ? " " : "s",
                            o.get("ingest_" + c + "_articles_per_s").asDouble(), c,
                            o.get("spark_local" + c + "_articles_per_s").asDouble(),
                            o.get("spark_cost_vs_ingest_" + c).asDouble());
                }
                System.out.printf("scaling 1 -> 2 cores: Spark %.2fx (target >= 1.8), ingest %.2fx%n",
                        o.get("spark_scaling_1_to_2").asDouble(), o.get("ingest_scaling_1_to_2").asDouble());
                System.out.printf("heap: peak in use %d MiB of %d MiB (driver and executors in one JVM)%n",
                        heap.peakMiB(), o.get("max_heap_mib").asInt());
            }
            return 0;
        }
        if (ingest) {
            ObjectNode o = IngestBench.run(distinct, articles);
            heap.stop();
            o.put("peak_heap_mib", heap.peakMiB());
            if (json) {
                System.out.println(o.toPrettyString());
            } else {
                System.out.printf("%d articles (%d distinct texts; the copies are stored as near-duplicates)%n",
                        o.get("articles").asInt(), distinct.size());
                System.out.printf("reading alone      : %6.2f articles/s%n", o.get("reading_articles_per_s").asDouble());
                System.out.printf("ingest, 1 thread   : %6.2f articles/s  (overhead %+.1f%% over reading; target < 15%%)%n",
                        o.get("ingest_1_thread_articles_per_s").asDouble(), o.get("ingest_overhead_pct").asDouble());
                System.out.printf("ingest, 2 threads  : %6.2f articles/s%n",
                        o.get("ingest_2_threads_articles_per_s").asDouble());
                System.out.printf("peak heap in use   : %d MiB%n", heap.peakMiB());
            }
            return 0;
        }
        List<String> langs = new ArrayList<>();
        for (Article a : distinct) {
            Document d = Diurna.read(a);
            langs.add(d.rejected() ? null : d.get(Layers.LANGUAGE));
        }
        int copies = Math.max(1, (int) Math.ceil(articles / (double) distinct.size()));
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < copies; c++) for (int i = 0; i < distinct.size(); i++) if (langs.get(i) != null) order.add(i);
        warmBaseline(distinct, langs);
        long tokens = 0;
        long t0 = System.nanoTime();
        try (ProgressBar pb = bar("CoreNLP", order.size())) {
            for (int i : order) {
                CoreNlp.pipeline(langs.get(i), CoreNlp.Depth.PARSE).annotate(new Annotation(distinct.get(i).text()));
                pb.step();
            }
        }
        double coreS = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        try (ProgressBar pb = bar("Diurna", order.size())) {
            for (int i : order) {
                Document d = Diurna.read(distinct.get(i));
                tokens += d.get(Layers.SENTENCES).stream().mapToLong(s -> s.tokens().size()).sum();
                pb.step();
            }
        }
        double diurnaS = (System.nanoTime() - t0) / 1e9;
        heap.stop();
        // what stays in the heap once garbage is collected: the loaded models and dictionaries
        System.gc();
        live = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        print(order.size(), tokens, diurnaS, coreS, heap.peakMiB());
        return 0;
    }

    private static void warmBaseline(List<Article> distinct, List<String> langs) {
        for (int i = 0; i < distinct.size(); i++) {
            if (langs.get(i) != null) {
                CoreNlp.pipeline(langs.get(i), CoreNlp.Depth.PARSE).annotate(new Annotation(distinct.get(i).text()));
            }
        }
    }

    private List<Article> load() throws IOException {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                org.diurna.ingest.Input in = Inputs.first(p);
                if (in.ok()) out.add(in.article());
            }
        }
        return out;
    }

    private static ProgressBar bar(String task, int n) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(n).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" art", 1).showSpeed().build();
    }

    private void print(int n, long tokens, double diurnaS, double coreS, long peak) {
        double ratio = diurnaS / coreS;
        if (json) {
            ObjectNode o = ReadingJson.MAPPER.createObjectNode();
            o.put("articles", n).put("tokens", tokens);
            o.put("diurna_articles_per_s", n / diurnaS).put("corenlp_articles_per_s", n / coreS);
            o.put("diurna_tokens_per_s", tokens / diurnaS).put("corenlp_tokens_per_s", tokens / coreS);
            o.put("ratio", ratio).put("peak_heap_mib", peak).put("live_heap_after_gc_mib", live)
                    .put("max_heap_mib", Runtime.getRuntime().maxMemory() >> 20);
            System.out.println(o.toPrettyString());
        } else {
            System.out.printf("articles read per pass : %d (%d tokens)%n", n, tokens);
            System.out.printf("Diurna full reading    : %7.2f articles/s  %8.0f tokens/s  (%.1f s)%n",
                    n / diurnaS, tokens / diurnaS, diurnaS);
            System.out.printf("plain CoreNLP depparse : %7.2f articles/s  %8.0f tokens/s  (%.1f s)%n",
                    n / coreS, tokens / coreS, coreS);
            System.out.printf("ratio (Diurna / CoreNLP time) : %.3f   (target <= 1.3)%n", ratio);
            System.out.printf("peak heap in use : %d MiB of %d MiB allowed; %d MiB live after GC (models)%n", peak,
                    Runtime.getRuntime().maxMemory() >> 20, live);
        }
    }
}
