package io.claimwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.extract.Claimwatch;
import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimwatch eval}: accuracy on the evaluation corpora, printed as Markdown tables.
 *
 * <p>Wiring: the command gets its extractor from a factory, {@code gate -> extraction function}, so tests
 * can score fixed claims. The no-argument constructor uses the real one,
 * {@code gate -> Claimwatch.extractor(gate)::extract}, which lets {@code ClaimwatchCli} list
 * {@code EvalCommand.class} among its subcommands; to inject another, add an instance instead:
 * {@code new CommandLine(new ClaimwatchCli()).addSubcommand(new EvalCommand(factory))}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure extraction against gold data (dev splits in ../shared/eval); prints Markdown.",
        subcommands = {GvaGroupingCommand.class, EcbPlusCommand.class})
public final class EvalCommand {
    private static final String SEED_GOLD = "../shared/examples/nk-troops-kursk.gold.json";
    /** Longest claim text shown in an error row. */
    private static final int CLAIM_CHARS = 120;

    private final Function<Boolean, Function<Article, List<Claim>>> extractors;

    @Spec
    CommandSpec spec;

    /** The real extractor: {@code Claimwatch.extractor(gate)}. */
    public EvalCommand() {
        this(gate -> Claimwatch.extractor(gate)::extract);
    }

    /** {@code extractors.apply(gate)} gives the extraction function; {@code gate = false} for --no-gate. */
    public EvalCommand(Function<Boolean, Function<Article, List<Claim>>> extractors) {
        this.extractors = Objects.requireNonNull(extractors, "extractors");
    }

    @Command(name = "gva", mixinStandardHelpOptions = true,
            description = "Killed and injured counts per incident on gva_longtail (DIR holds docs.jsonl, gold.jsonl).")
    int gva(@Parameters(paramLabel = "DIR") Path dir,
            @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
                    description = "Also list the first N wrong figures.") int errors,
            @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
                    description = "Only the first N incidents (0: all).") int limit,
            @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
                    description = "Extraction threads (0: one per processor).") int threads,
            @Option(names = "--no-gate", description = "Parse every sentence.") boolean noGate,
            @Option(names = "--claims", paramLabel = "FILE",
                    description = "Also write every article's claims to FILE (JSON Lines: doc, claims).") Path claims)
            throws IOException {
        PrintWriter out = out();
        long start = System.nanoTime();
        ClaimDump dump = new ClaimDump(extractors.apply(!noGate));
        GvaEvaluation.Report r = GvaEvaluation.run(dir, dump, limit, threads(threads), this::progress);
        dump.writeTo(claims);
        out.printf("## gva_longtail: %s (%d incidents, %d articles, gate %s)%n%n", dir, r.incidents(),
                r.articles(), noGate ? "off" : "on");
        List<List<String>> rows = new ArrayList<>();
        for (GvaEvaluation.TypeScore s : r.scores()) {
            rows.add(List.of(s.type().id(), String.valueOf(s.n()), Markdown.num(s.accuracy()), Markdown.num(s.mae()),
                    String.valueOf(s.majority()), Markdown.num(s.majorityAccuracy()), Markdown.num(s.majorityMae())));
        }
        out.print(Markdown.table(List.of("type", "n", "accuracy", "MAE", "majority count", "majority accuracy",
                "majority MAE"), "lrrrrrr", rows));
        out.println();
        out.printf("Extraction: %d articles in %s s, %d threads; %d failed; %d missing from docs.jsonl; "
                        + "lede %d code points, first %d claims.%n", r.articles(), seconds(start), threads(threads),
                r.failures().size(), r.missingDocs().size(), IncidentFigure.LEDE_CHARS, IncidentFigure.MAX_CLAIMS);
        failures(out, r.failures());
        if (errors > 0) {
            List<List<String>> errorRows = r.errors().stream().limit(errors).map(e -> List.of(e.incidentId(),
                    e.type().id(), String.valueOf(e.gold()), String.valueOf(e.predicted()),
                    Markdown.cell(e.docId(), 40), e.span() == null ? "-" : e.span().start() + "-" + e.span().end(),
                    Markdown.cell(e.claimText(), CLAIM_CHARS))).toList();
            out.printf("%n### Errors (first %d of %d)%n%n", errorRows.size(), r.errors().size());
            out.print(Markdown.table(List.of("incident", "type", "gold", "predicted", "article", "span", "claim"),
                    "llrrlll", errorRows));
        }
        out.flush();
        return 0;
    }

    @Command(name = "polnear", mixinStandardHelpOptions = true,
            description = "Attribution (content and source spans) on PolNeAR (DIR holds docs.jsonl, gold.jsonl).")
    int polnear(@Parameters(paramLabel = "DIR") Path dir,
                @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
                        description = "Only the first N articles (0: all).") int limit,
                @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
                        description = "Extraction threads (0: one per processor).") int threads,
                @Option(names = "--no-gate", description = "Parse every sentence.") boolean noGate,
                @Option(names = "--claims", paramLabel = "FILE",
                        description = "Also write every article's claims to FILE (JSON Lines: doc, claims).")
                Path claims) throws IOException {
        PrintWriter out = out();
        long start = System.nanoTime();
        ClaimDump dump = new ClaimDump(extractors.apply(!noGate));
        PolnearEvaluation.Report r = PolnearEvaluation.run(dir, dump, limit, threads(threads), this::progress);
        dump.writeTo(claims);
        out.printf("## polnear: %s (%d articles, gate %s)%n%n", dir, r.docs(), noGate ? "off" : "on");
        List<List<String>> rows = new ArrayList<>();
        for (PolnearEvaluation.Score s : r.scores()) {
            rows.add(List.of(s.matching().label(), String.valueOf(s.gold()), String.valueOf(s.predicted()),
                    String.valueOf(s.found()), String.valueOf(s.correct()), Markdown.num(s.precision()),
                    Markdown.num(s.recall()), Markdown.num(s.f1())));
        }
        out.print(Markdown.table(List.of("matching", "gold", "predicted", "found", "correct", "P", "R", "F1"),
                "lrrrrrrr", rows));
        out.println();
        out.printf("Extraction: %d articles in %s s, %d threads; %d failed. Gold: relations with a source "
                + "(%d lines without a content or source span left out); predicted: claims with an attribution; "
                + "content spans always by overlap.%n", r.docs(), seconds(start), threads(threads),
                r.failures().size(), r.unscorableGold());
        failures(out, r.failures());
        out.flush();
        return 0;
    }

    @Command(name = "seed", mixinStandardHelpOptions = true,
            description = "The hand-made gold of the example article: count claims, attributions, statuses.")
    int seed(@Option(names = "--gold", paramLabel = "FILE", defaultValue = SEED_GOLD,
                     description = "Gold file (default: ${DEFAULT-VALUE}).") Path gold,
             @Option(names = "--text", paramLabel = "FILE",
                     description = "Article text (default: the gold's document.file next to it).") Path text,
             @Option(names = "--no-gate", description = "Parse every sentence.") boolean noGate) throws IOException {
        PrintWriter out = out();
        Path textFile = text != null ? text : SeedEvaluation.defaultText(gold);
        if (!Files.isRegularFile(textFile)) {
            throw new IllegalArgumentException("no article text at " + textFile + " (give --text)");
        }
        SeedEvaluation.Report r = SeedEvaluation.run(gold, textFile, extractors.apply(!noGate));
        out.printf("## seed: %s (gate %s)%n%n", gold.getFileName(), noGate ? "off" : "on");
        List<List<String>> rows = r.items().stream().map(i -> List.of(i.id(), i.section().label(),
                i.right() ? "right" : "**wrong**", Markdown.cell(i.reason(), 300))).toList();
        out.print(Markdown.table(List.of("item", "part", "result", "reason"), "llll", rows));
        out.println();
        List<List<String>> totals = new ArrayList<>();
        for (SeedEvaluation.Section s : SeedEvaluation.Section.values()) {
            totals.add(List.of(s.label(), r.right(s) + "/" + r.total(s)));
        }
        out.print(Markdown.table(List.of("part", "right"), "lr", totals));
        out.flush();
        return 0;
    }

    @Command(name = "fakes", mixinStandardHelpOptions = true,
            description = "Killed figure per article on FA-KES, Syrian war news (DIR holds docs.jsonl, gold.jsonl).")
    int fakes(@Parameters(paramLabel = "DIR") Path dir, @Mixin CorpusClaims.Options options) throws IOException {
        return killed("fakes", dir, options, false);
    }

    @Command(name = "ucdp", mixinStandardHelpOptions = true,
            description = "Killed figure per UCDP GED event in Ukraine (its headlines), within [low, high], and "
                    + "its source against source_original (DIR holds docs.jsonl, gold.jsonl).")
    int ucdp(@Parameters(paramLabel = "DIR") Path dir, @Mixin CorpusClaims.Options options) throws IOException {
        return killed("ucdp_ukraine", dir, options, true);
    }

    @Command(name = "acled", mixinStandardHelpOptions = true,
            description = "Killed figure per ACLED event note (DIR holds docs.jsonl, gold.jsonl).")
    int acled(@Parameters(paramLabel = "DIR") Path dir, @Mixin CorpusClaims.Options options) throws IOException {
        return killed("acled", dir, options, false);
    }

    @Command(name = "plover", mixinStandardHelpOptions = true,
            description = "Killed figure per PLOVER gold-standard sentence (DIR holds docs.jsonl, gold.jsonl).")
    int plover(@Parameters(paramLabel = "DIR") Path dir, @Mixin CorpusClaims.Options options) throws IOException {
        return killed("plover", dir, options, false);
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "Event types against gold triggers on WikiEvents or RAMS (recall only): P/R/F1 per type, "
                    + "victims and agents (DIR holds docs.jsonl, gold.jsonl).")
    int events(@Parameters(paramLabel = "DIR") Path dir, @Mixin CorpusClaims.Options options) throws IOException {
        Path goldFile = dir.resolve("gold.jsonl");
        List<EventTriggers.Gold> gold = EventTriggers.readGold(goldFile);
        Map<String, JsonNode> docs = CorpusClaims.documents(dir.resolve("docs.jsonl"));
        Set<String> scope = docs.keySet().stream().limit(options.limit > 0 ? options.limit : Long.MAX_VALUE)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        CorpusClaims claims = CorpusClaims.of(dir.resolve("docs.jsonl"), scope, options, extractors, this::progress);
        EventTriggers.Report r = EventTriggers.score(gold, EventTriggers.recallOnly(goldFile), scope, claims.claims());
        out().print(ConflictTables.events(r, dir.toString(), claims, options.errors, docs));
        out().flush();
        return 0;
    }

    /** The killed-figure evals: one gold count per document (killed_figures.py), naive baseline in the same run. */
    private int killed(String dataset, Path dir, CorpusClaims.Options options, boolean sources) throws IOException {
        List<KilledFigures.Gold> gold = KilledFigures.readGold(dir.resolve("gold.jsonl"));
        if (options.limit > 0) {
            gold = gold.stream().limit(options.limit).toList();
        }
        Set<String> ids = gold.stream().map(KilledFigures.Gold::docId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, JsonNode> docs = CorpusClaims.documents(dir.resolve("docs.jsonl"));
        CorpusClaims claims = CorpusClaims.of(dir.resolve("docs.jsonl"), ids, options, extractors, this::progress);
        List<Claim> naive = new ArrayList<>();
        docs.values().stream().filter(d -> ids.contains(d.path("id").asText()))
                .forEach(d -> naive.addAll(NaiveCounts.claims(d.path("id").asText(), d.path("text").asText())));
        KilledFigures.Report r = KilledFigures.score(dataset, gold, new KilledFigures.Figures("claimwatch",
                claims.claims()), new KilledFigures.Figures("naive regex", naive), sources);
        out().print(ConflictTables.killed(r, dir.toString(), claims, options.errors, docs));
        out().flush();
        return 0;
    }

    @Command(name = "geo", mixinStandardHelpOptions = true,
            description = "Toponym resolution on trnews, lgl or geowebnews: every gold toponym resolved in its "
                    + "article's context, accuracy within 161 km (DIR holds docs.jsonl, gold.jsonl).")
    int geo(@Parameters(paramLabel = "DIR") Path dir,
            @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
                    description = "Also list the first N toponyms not within 161 km.") int errors,
            @Option(names = "--places", paramLabel = "FILE", description = "Also write each resolved toponym as a "
                    + "pseudo-claim (article, span, place) to FILE, which score_geo.py scores.") Path places)
            throws IOException {
        GeoEvaluation.Report r = GeoEvaluation.run(dir, io.claimwatch.extract.Gazetteer.load());
        GeoReport.print(out(), dir, r, errors);
        GeoReport.writePlaces(r, places);
        return 0;
    }

    @Command(name = "time", mixinStandardHelpOptions = true,
            description = "Claim times on tempeval3: exact at the gold's granularity, as score_time.py scores "
                    + "them (DIR holds docs.jsonl, gold.jsonl).")
    int time(@Parameters(paramLabel = "DIR") Path dir,
             @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
                     description = "Also list the first N times that are not exact.") int errors,
             @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
                     description = "Extraction threads (0: one per processor).") int threads) throws IOException {
        TimeReport.print(out(), dir, TimeEvaluation.run(dir, extractors.apply(true), threads(threads),
                this::progress), errors);
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private void progress(String line) {
        spec.commandLine().getErr().println("claimwatch eval: " + line);
    }

    private static int threads(int requested) {
        return requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
    }

    /** The first few extraction failures, so a broken run is visible in the report itself. */
    private static void failures(PrintWriter out, Map<String, String> failures) {
        failures.entrySet().stream().limit(5)
                .forEach(f -> out.println("- failed " + f.getKey() + ": " + Markdown.cell(f.getValue(), 200)));
    }
}
