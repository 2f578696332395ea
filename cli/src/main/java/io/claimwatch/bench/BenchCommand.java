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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import java.util.function.ToIntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimwatch bench}: throughput, model load time and heap of (a) CoreNLP's full pipeline on every
 * sentence, (b) Claimwatch with the sentence gate, (c) without it and (d) the whole ingest into a fresh store on
 * 1 and 2 threads, on the same articles in one process; then {@code claimwatch ingest} as processes of their own
 * for whole-process time and peak RSS. Prints Markdown tables for docs/PERFORMANCE.md.
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

    @Option(names = "--ingest-threads", paramLabel = "N,...", split = ",", defaultValue = "1,2",
            description = "Thread counts of the whole ingest (read, extract, store into a fresh SQLite store, "
                    + "relink) measured in the same turns as the pipelines (default: ${DEFAULT-VALUE}).")
    List<Integer> ingestThreads;

    @Option(names = "--processes", paramLabel = "N", defaultValue = "1",
            description = "Runs of `claimwatch ingest` as a process of its own per --ingest-threads count, for "
                    + "whole-process time and peak RSS; 0 to skip (default: ${DEFAULT-VALUE}).")
    int processes;

    @Option(names = "--process-heap", paramLabel = "SIZE", defaultValue = "2g",
            description = "-Xmx of those processes (default: ${DEFAULT-VALUE}).")
    String processHeap;

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
        Path tmp = Files.createTempDirectory("claimwatch-bench");
        IngestPass ingestWork = IngestPass.of(tmp, "work", work, gated::extract);
        IngestPass ingestWarm = IngestPass.of(tmp, "warm", warm, gated::extract);
        // the passes of (a), (b), (c) and the ingests take turns, so that other load on the machine falls on all alike
        List<Pipeline> turns = new ArrayList<>(List.of(
                Pipeline.of("(a)", warm, work, a, 1), Pipeline.of("(b)", warm, work, b, 1),
                Pipeline.of("(c)", warm, work, c, 1)));
        for (int n : ingestThreads) {
            turns.add(new Pipeline("(d) ingest, " + n + " thread(s)", () -> ingestWarm.run(n), () -> ingestWork.run(n)));
        }
        List<List<Passes.Pass>> single = passes(turns);
        List<Report.Row> rows = new ArrayList<>();
        rows.add(new Report.Row("(a) CoreNLP full pipeline", 1, baselineLoad, baselineModels, claimwatchModels,
                single.get(0), false));
        rows.add(new Report.Row("(b) Claimwatch, gate on", 1, claimwatchLoad, claimwatchModels, baselineModels,
                single.get(1), true));
        rows.add(new Report.Row("(c) Claimwatch, gate off", 1, claimwatchLoad, claimwatchModels, baselineModels,
                single.get(2), true));
        for (int i = 0; i < ingestThreads.size(); i++) {
            rows.add(new Report.Row("(d) ingest into a fresh store", ingestThreads.get(i), claimwatchLoad,
                    claimwatchModels, baselineModels, single.get(3 + i), true));
        }
        if (threads > 1) {
            List<List<Passes.Pass>> multi = passes(List.of(Pipeline.of("(b)", warm, work, b, threads),
                    Pipeline.of("(c)", warm, work, c, threads)));
            rows.add(new Report.Row("(b) Claimwatch, gate on", threads, claimwatchLoad, claimwatchModels,
                    baselineModels, multi.get(0), true));
            rows.add(new Report.Row("(c) Claimwatch, gate off", threads, claimwatchLoad, claimwatchModels,
                    baselineModels, multi.get(1), true));
        }
        long benchRss = WholeProcess.selfHwmKb().orElse(0);
        List<WholeProcess.Run> runs = processes(new WholeProcess(tmp, ingestWork.input(), processHeap));

        PrintWriter out = spec.commandLine().getOut();
        out.print(Report.table(rows, work.size(), tokens));
        out.println();
        out.print(Report.ratios(rows, work.size()));
        out.println();
        if (!runs.isEmpty()) {
            out.print(Report.processTable(runs, work.size(), tokens));
            out.println();
        }
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
        out.println(Report.fmt("- Ingest: (d) is `claimwatch ingest` in this process: the workload as JSON Lines read "
                + "by the corpus reader (language check included), extracted with the gate on N threads, stored "
                + "into a new SQLite store in %s and relinked; its peak heap leaves out the baseline's models. "
                + "Whole processes: `java -Xmx%s %s -cp ... ClaimwatchCli ingest work.jsonl --db NEW.db "
                + "--threads N` (the launcher's options), %d run(s) per thread count, taking turns; wall = start to "
                + "exit (JVM start and model load included), ingest = the time it prints (read, extract, store), "
                + "peak RSS = VmHWM of /proc/PID/status polled every %d ms. This bench process peaked at %,d MB "
                + "resident (both pipelines loaded).", tmp, processHeap,
                String.join(" ", WholeProcess.LAUNCHER_OPTIONS), processes, WholeProcess.POLL_MILLIS, benchRss / 1024));
        out.println(Report.fmt("- Machine: %d cores (availableProcessors), max heap %,d MB, Java %s (%s), %s %s.",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / mb,
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch")));
        out.println(Report.fmt("- Command: `bench --docs %s --articles %d --seed %s --seed-copies %d --repeats %d "
                + "--warmup %d --threads %d --ingest-threads %s --processes %d --process-heap %s`", docs, articles, seed,
                seedCopies, repeats, warmup, threads,
                String.join(",", ingestThreads.stream().map(String::valueOf).toList()), processes, processHeap));
        out.flush();
        deleteTree(tmp);
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** (a): CoreNLP's full pipeline with its default models, as a user would start it. */
    private static StanfordCoreNLP baseline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return new StanfordCoreNLP(props);
    }

    /** A pipeline's warm-up pass and measured pass. */
    private record Pipeline(String name, LongSupplier warm, LongSupplier pass) {
        static Pipeline of(String name, List<Article> warm, List<Article> work, ToIntFunction<Article> fn, int n) {
            return new Pipeline(name + ", " + n + " thread(s)", () -> Passes.run(warm, fn, n),
                    () -> Passes.run(work, fn, n));
        }
    }

    /** Warms up each pipeline, then measures them in turn, --repeats rounds; one list of passes per pipeline. */
    private List<List<Passes.Pass>> passes(List<Pipeline> pipelines) {
        List<List<Passes.Pass>> out = new ArrayList<>();
        for (Pipeline p : pipelines) {
            for (int i = 1; i <= warmup; i++) {
                progress("%s warm-up %d/%d", p.name(), i, warmup);
                p.warm().getAsLong();
            }
            out.add(new ArrayList<>());
        }
        for (int i = 1; i <= repeats; i++) {
            for (int p = 0; p < pipelines.size(); p++) {
                Passes.Pass pass = Passes.measure(pipelines.get(p).pass());
                progress("%s pass %d/%d: %.1f s", pipelines.get(p).name(), i, repeats, pass.nanos() / 1e9);
                out.get(p).add(pass);
            }
        }
        return out;
    }

    /** --processes runs of `claimwatch ingest` per thread count, the counts taking turns (1, 2, 2, 1, ...). */
    private List<WholeProcess.Run> processes(WholeProcess child) {
        List<WholeProcess.Run> runs = new ArrayList<>();
        try {
            for (int i = 0; i < processes; i++) {
                List<Integer> order = new ArrayList<>(ingestThreads);
                if (i % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (int n : order) {
                    progress("whole process %d/%d, %d thread(s)", i + 1, processes, n);
                    WholeProcess.Run r = child.run(n);
                    progress("  %.1f s wall, %.1f s ingest, peak RSS %,d MB", r.wallNanos() / 1e9, r.ingestSeconds(),
                            r.peakRssKb() / 1024);
                    runs.add(r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return runs;
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
        if (articles < 0 || seedCopies < 0 || repeats < 1 || warmup < 0 || threads < 1 || processes < 0
                || ingestThreads.stream().anyMatch(n -> n < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "need --articles >= 0, --seed-copies >= 0, "
                    + "--repeats >= 1, --warmup >= 0, --threads >= 1, --ingest-threads >= 1, --processes >= 0");
        }
    }

    private void progress(String format, Object... args) {
        spec.commandLine().getErr().println("claimwatch bench: " + Report.fmt(format, args));
    }
}
