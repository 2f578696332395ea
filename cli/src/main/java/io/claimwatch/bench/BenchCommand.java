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
 * <p>Both are loaded at once and their passes take turns, so that a change in the machine's load between
 * phases cannot bias the ratio; each pipeline's heap is what its own load added.
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

        // Claimwatch loads first, from an empty annotator pool, so its load is timed cold and it shares no
        // annotator (POS, NER) with the baseline; each pipeline's models are the heap its load added
        progress("(b, c) loading Claimwatch");
        long claimwatchLoad = Claimwatch.modelLoadMillis();
        Extractor gated = Claimwatch.extractor(true);
        Extractor ungated = Claimwatch.extractor(false);
        long claimwatchModels = Passes.usedAfterGc() - emptyHeap;
        StanfordCoreNLP.clearAnnotatorPool();
        progress("(a) loading CoreNLP's full pipeline");
        long start = System.nanoTime();
        StanfordCoreNLP full = baseline();
        long baselineLoad = (System.nanoTime() - start) / 1_000_000;
        long baselineModels = Passes.usedAfterGc() - emptyHeap - claimwatchModels;

        ToIntFunction<Article> a = article -> {
            Annotation doc = new Annotation(article.text());
            if (article.published() != null) {
                // same document date as Claimwatch gives SUTime
                doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
            }
            full.annotate(doc);
            return 0;
        };
        ToIntFunction<Article> b = article -> gated.extract(article).size();
        ToIntFunction<Article> c = article -> ungated.extract(article).size();
        // the passes of (a), (b) and (c) take turns, so that other load on the machine falls on all alike
        List<List<Passes.Pass>> single = passes(List.of("(a)", "(b)", "(c)"), work, warm, List.of(a, b, c), 1);
        List<Report.Row> rows = new ArrayList<>();
        rows.add(new Report.Row("(a) CoreNLP full pipeline", 1, baselineLoad, baselineModels, claimwatchModels,
                single.get(0), false));
        rows.add(new Report.Row("(b) Claimwatch, gate on", 1, claimwatchLoad, claimwatchModels, baselineModels,
                single.get(1), true));
        rows.add(new Report.Row("(c) Claimwatch, gate off", 1, claimwatchLoad, claimwatchModels, baselineModels,
                single.get(2), true));
        if (threads > 1) {
            List<List<Passes.Pass>> multi = passes(List.of("(b)", "(c)"), work, warm, List.of(b, c), threads);
            rows.add(new Report.Row("(b) Claimwatch, gate on", threads, claimwatchLoad, claimwatchModels,
                    baselineModels, multi.get(0), true));
            rows.add(new Report.Row("(c) Claimwatch, gate off", threads, claimwatchLoad, claimwatchModels,
                    baselineModels, multi.get(1), true));
        }

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
                + "Both are loaded in one process, Claimwatch first (its load is cold, the baseline's has warm "
                + "classes and file cache), and their passes take turns (a, b, c, a, b, c, ...), so that the "
                + "machine's other load falls on all alike. The ratio × baseline is of median articles/s.");
        out.println(Report.fmt("- Heap: models = used heap after a full GC that the pipeline's load added; peak = "
                        + "process heap sampled every %d ms during the pipeline's passes (includes uncollected "
                        + "garbage, so it depends on the collector) less the other pipeline's models; %,d MB "
                        + "with no model loaded.",
                HeapSampler.DEFAULT_INTERVAL_MILLIS, emptyHeap / mb));
        out.println(Report.fmt("- Machine: %d cores (availableProcessors), max heap %,d MB, Java %s (%s), %s %s.",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / mb,
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch")));
        out.println(Report.fmt("- Command: `bench --docs %s --articles %d --seed %s --seed-copies %d --repeats %d "
                + "--warmup %d --threads %d`", docs, articles, seed, seedCopies, repeats, warmup, threads));
        out.flush();
        return 0;
    }

    /** (a): CoreNLP's full pipeline with its default models, as a user would start it. */
    private static StanfordCoreNLP baseline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return new StanfordCoreNLP(props);
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
