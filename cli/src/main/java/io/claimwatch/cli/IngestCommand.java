package io.claimwatch.cli;

import io.claimwatch.corpus.CorpusReader;
import io.claimwatch.corpus.Defaults;
import io.claimwatch.corpus.LanguageCheck;
import io.claimwatch.extract.Claimwatch;
import io.claimwatch.ingest.Ingest;
import io.claimwatch.ingest.Relink;
import io.claimwatch.ingest.SparkOutput;
import io.claimwatch.link.Linking;
import io.claimwatch.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimwatch ingest}: reads a corpus into the store, extracting claims, then relinks incidents. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles into the store and extract their claims: directories (recursively), .txt, "
                + ".html, .jsonl, .warc(.gz), RSS/Atom feeds, .gz files, or standard input (\"-\" or no PATH).",
                "Idempotent: articles already stored are skipped, so an interrupted run can simply be run again.",
                "A directory written by `claimwatch spark` (with claims/jsonl/) is loaded as claims, without re-extracting."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "Files or directories; standard input when none (or \"-\").")
    List<String> paths;

    @Mixin
    StoreOption store;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date of input that carries none.")
    LocalDate published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet of input that names none.")
    String outlet;

    @Option(names = "--no-link", description = "Store only; skip relinking incidents after the ingest.")
    boolean noLink;

    @Option(names = "--progress", description = "Show the progress bar even when stderr is not a terminal.")
    boolean progress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> inputs = new ArrayList<>(paths == null || paths.isEmpty() ? List.of("-") : paths);
        // the language detector loads while CoreNLP does: the reader needs it for the first article
        Thread detector = new Thread(LanguageCheck::preload, "claimwatch-language-load");
        detector.setDaemon(true);
        detector.start();
        try (Store db = store.create()) {
            for (String path : List.copyOf(inputs)) {
                if (!path.equals("-") && SparkOutput.is(Path.of(path))) {
                    inputs.remove(path);
                    SparkOutput.Summary s = SparkOutput.load(Path.of(path), db);
                    out.printf("loaded Spark output %s: %d articles stored, %d already stored, %d claims%s%n", path,
                            s.articles(), s.duplicates(), s.claims(),
                            s.badLines() == 0 ? "" : ", " + s.badLines() + " unreadable lines skipped");
                }
            }
            ProgressBar bar = new ProgressBar(err, progress || System.console() != null);
            Ingest.Summary s = inputs.isEmpty() ? null : new Ingest(db, Claimwatch.extractor()::extract, threads)
                    .run(inputs, System.in, new CorpusReader(new Defaults(published, outlet, null)), bar);
            bar.finish();
            if (s != null) {
                out.printf("read %d articles: %d stored, %d duplicates, %d stored without extraction%s; %d inputs unreadable; "
                            + "%d claims stored (%.1f s, %.2f articles/s)%n",
                    s.read(), s.stored(), s.duplicates(), s.skippedTotal(), s.skipped().isEmpty() ? "" : " " + s.skipped(),
                    s.problems(), s.claims(), s.millis() / 1000.0, s.stored() * 1000.0 / Math.max(1, s.millis()));
            }
            if (!noLink) {
                long start = System.nanoTime();
                Linking linking = Relink.run(db);
                long reports = linking.reportGroupOf().values().stream().distinct().count();
                out.printf("linked: %d incidents, %d report groups over %d articles (%.1f s)%n",
                        linking.incidents().size(), reports, linking.reportGroupOf().size(),
                        (System.nanoTime() - start) / 1e9);
            }
            out.flush();
            return s != null && s.read() == 0 && s.problems() > 0 ? 1 : 0;
        }
    }
}
