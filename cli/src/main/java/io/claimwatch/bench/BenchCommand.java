package io.claimwatch.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import io.claimwatch.extract.Claimwatch;
import io.claimwatch.extract.Extractor;
import io.claimwatch.model.Article;
import io.claimwatch.model.ArticleJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimwatch bench}: throughput, model load time and heap of (a) CoreNLP's full pipeline on every
 * sentence, (b) Claimwatch with the sentence gate and (c) without it, on the same articles in one process.
 * Prints a Markdown table for docs/PERFORMANCE.md.
 *
 * <p>The baseline runs first and is released before Claimwatch loads its own models, so that each phase's
 * heap holds only its own models; (b) and (c) share Claimwatch's models and alternate pass by pass.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Throughput and memory of Claimwatch against CoreNLP's full pipeline; prints Markdown.")
public final class BenchCommand implements Callable<Integer> {
    /** Warm-up passes run over this many articles: enough for the JIT, short next to the measured passes. */
    static final int WARMUP_ARTICLES = 20;
    /** The seed article's date: SUTime resolves "Thursday" against it. */
    static final LocalDate SEED_PUBLISHED = LocalDate.of(2024, 12, 19);

    @Option(names = "--docs", paramLabel = "FILE", defaultValue = "../shared/eval/gva_longtail/dev/docs.jsonl",
            description = "JSON Lines corpus (default: ${DEFAULT-VALUE}).")
    Path docs;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "200",
            description = "Sample size: every k-th article of --docs, k = lines / N (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", paramLabel = "FILE", defaultValue = "../shared/examples/nk-troops-kursk.txt",
            description = "Plain-text article added --seed-copies times (default: ${DEFAULT-VALUE}).")
    Path seed;

    @Option(names = "--seed-copies", paramLabel = "N", defaultValue = "20",
            description = "Copies of --seed in the workload (default: ${DEFAULT-VALUE}).")
    int seedCopies;

    @Option(names = "--repeats", paramLabel = "R", defaultValue = "3",
            description = "Measured passes per pipeline (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "1",
            description = "Unmeasured passes over the first " + WARMUP_ARTICLES
                    + " articles before each pipeline's measured passes (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "If above 1, also measure Claimwatch with N threads, in rows of their own "
                    + "(default: ${DEFAULT-VALUE}).")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        validate();
        // CoreNLP announces every model it loads on stderr; the bench's own progress is what matters there
        RedwoodConfiguration.errorLevel().apply();
        List<String> lines = Files.readAllLines(docs).stream().filter(l -> !l.isBlank()).toList();
        List<Article> work = new ArrayList<>();
        Sample.everyKth(lines, articles).forEach(l -> work.add(ArticleJson.parse(l)));
        String seedText = Files.readString(seed);
        for (int i = 1; i <= seedCopies; i++) {
            work.add(new Article("seed-" + i, seedText, null, SEED_PUBLISHED, null, null));
        }
        int sampled = work.size() - seedCopies;
        if (work.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no articles to measure");
        }
        List<Article> warm = work.subList(0, Math.min(WARMUP_ARTICLES, work.size()));
        long emptyHeap = Passes.usedAfterGc();
        progress("%d articles (%d sampled from %,d lines of %s, every %d; %d seed copies)", work.size(), sampled,
                lines.size(), docs, Sample.step(lines.size(), articles), seedCopies);
        long tokens = countTokens(work);
        // the counter's tokenizer must not be reused by the baseline, whose load is timed from scratch
        StanfordCoreNLP.clearAnnotatorPool();

        List<Report.Row> rows = new ArrayList<>();
        rows.add(baseline(work, warm));
        // the baseline's annotators (POS, depparse) would otherwise be reused by Claimwatch's pipelines,
        // hiding part of Claimwatch's load time; once cleared, the baseline's models can be collected
        StanfordCoreNLP.clearAnnotatorPool();
        long releasedHeap = Passes.usedAfterGc();
        rows.addAll(claimwatch(work, warm));

        PrintWriter out = spec.commandLine().getOut();
        out.print(Report.table(rows, work.size(), tokens));
        out.println();
        long mb = 1024 * 1024;
        out.println(Report.fmt("- Workload: %d articles (%d from %s, every %d of %,d lines; %d × %s), %,d tokens "
                        + "(CoreNLP tokenizer); %d warm-up pass(es) over the first %d; median of %d pass(es).",
                work.size(), sampled, docs, Sample.step(lines.size(), articles), lines.size(), seedCopies,
                seed.getFileName(), tokens, warmup, warm.size(), repeats));
        out.println("- Pipelines: (a) CoreNLP tokenize,ssplit,pos,lemma,ner,depparse on every sentence; "
                + "(b) Claimwatch, gate on; (c) gate off (parses every sentence but over-long page furniture). "
                + "(a) runs first, then (b) and (c) alternately; the baseline's models are released before Claimwatch "
                + "loads, so each phase's heap holds only its own models, and Claimwatch's load has warm classes "
                + "and file cache. The ratio × baseline is of median articles/s.");
        out.println(Report.fmt("- Heap: used heap after a full GC at pass start (the models), and its peak sampled "
                        + "every %d ms (includes uncollected garbage, so it depends on the collector); "
                        + "%,d MB with no model loaded, %,d MB after releasing the baseline.",
                HeapSampler.DEFAULT_INTERVAL_MILLIS, emptyHeap / mb, releasedHeap / mb));
        out.println(Report.fmt("- Machine: %d cores (availableProcessors), max heap %,d MB, Java %s (%s), %s %s.",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / mb,
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch")));
        out.println(Report.fmt("- Command: `bench --docs %s --articles %d --seed %s --seed-copies %d --repeats %d "
                + "--warmup %d --threads %d`", docs, articles, seed, seedCopies, repeats, warmup, threads));
        out.flush();
        return 0;
    }

    /** (a): a pipeline of the bench's own, its construction timed as its model load. */
    private Report.Row baseline(List<Article> work, List<Article> warm) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        progress("(a) loading CoreNLP's full pipeline");
        long start = System.nanoTime();
        StanfordCoreNLP full = new StanfordCoreNLP(props);
        long load = (System.nanoTime() - start) / 1_000_000;
        ToIntFunction<Article> annotate = a -> {
            Annotation doc = new Annotation(a.text());
            if (a.published() != null) {
                // same document date as Claimwatch gives SUTime
                doc.set(CoreAnnotations.DocDateAnnotation.class, a.published().toString());
            }
            full.annotate(doc);
            return 0;
        };
        return new Report.Row("(a) CoreNLP full pipeline", 1, load,
                passes(List.of("(a)"), work, warm, List.of(annotate), 1).get(0), false);
    }

    /**
     * (b) and (c), single-threaded, then with --threads if asked. Their passes alternate (b, c, b, c, ...), so
     * that other load on the machine falls on both alike; they share one set of models, so heap is unaffected.
     */
    private List<Report.Row> claimwatch(List<Article> work, List<Article> warm) {
        progress("(b, c) loading Claimwatch");
        long load = Claimwatch.modelLoadMillis();
        Extractor gated = Claimwatch.extractor(true);
        Extractor ungated = Claimwatch.extractor(false);
        List<ToIntFunction<Article>> fns = List.of(a -> gated.extract(a).size(), a -> ungated.extract(a).size());
        List<Report.Row> rows = new ArrayList<>();
        for (int n : threads > 1 ? new int[] {1, threads} : new int[] {1}) {
            List<List<Passes.Pass>> passes = passes(List.of("(b)", "(c)"), work, warm, fns, n);
            rows.add(new Report.Row("(b) Claimwatch, gate on", n, load, passes.get(0), true));
            rows.add(new Report.Row("(c) Claimwatch, gate off", n, load, passes.get(1), true));
        }
        return rows;
    }

    /** Warms up each pipeline, then measures them in turn, --repeats rounds; one list of passes per pipeline. */
    private List<List<Passes.Pass>> passes(List<String> names, List<Article> work, List<Article> warm,
                                           List<ToIntFunction<Article>> fns, int n) {
        List<List<Passes.Pass>> out = new ArrayList<>();
        for (int p = 0; p < fns.size(); p++) {
            for (int i = 1; i <= warmup; i++) {
                progress("%s warm-up %d/%d", names.get(p), i, warmup);
                Passes.run(warm, fns.get(p), n);
            }
            out.add(new ArrayList<>());
        }
        for (int i = 1; i <= repeats; i++) {
            for (int p = 0; p < fns.size(); p++) {
                Passes.Pass pass = Passes.measure(work, fns.get(p), n);
                progress("%s pass %d/%d, %d thread(s): %.1f s, %.2f articles/s", names.get(p), i, repeats, n,
                        pass.nanos() / 1e9, pass.perSecond(work.size()));
                out.get(p).add(pass);
            }
        }
        return out;
    }

    /** Tokens per article, counted once with a tokenizer alone, so every pipeline's tokens/s uses the same count. */
    private static long countTokens(List<Article> work) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(props);
        long n = 0;
        for (Article a : work) {
            Annotation doc = new Annotation(a.text());
            tokenizer.annotate(doc);
            n += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return n;
    }

    private void validate() {
        if (articles < 0 || seedCopies < 0 || repeats < 1 || warmup < 0 || threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "need --articles >= 0, --seed-copies >= 0, --repeats >= 1, --warmup >= 0, --threads >= 1");
        }
    }

    private void progress(String format, Object... args) {
        spec.commandLine().getErr().println("claimwatch bench: " + Report.fmt(format, args));
    }
}
