package io.claimwatch.eval;

import io.claimwatch.corpus.CorpusReader;
import io.claimwatch.corpus.Defaults;
import io.claimwatch.extract.Claimwatch;
import io.claimwatch.ingest.Ingest;
import io.claimwatch.ingest.Relink;
import io.claimwatch.link.Linking;
import io.claimwatch.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * What the grouping evals ({@code gva-grouping}, {@code ecbplus}) share: a corpus's docs ingested into a store
 * (a temporary one unless {@code db} names one, which a second run then reuses without extracting again) with
 * the real extractor, the store relinked, and the article groups scored.
 */
record GroupingRun(Ingest.Summary ingest, Linking linking, double linkSeconds) {
    /** The store options both grouping evals take. */
    static final class Options {
        @Option(names = "--db", paramLabel = "FILE", description = "Store to ingest into and keep (default: a temporary file).")
        Path db;

        @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per processor).")
        int threads = Runtime.getRuntime().availableProcessors();
    }

    static GroupingRun of(Path docs, Path db, String tempPrefix, int threads, PrintWriter err) throws IOException {
        Path file = db != null ? db : Files.createTempFile(tempPrefix, ".db");
        try (Store store = Store.open(file)) {
            if (db == null) {
                file.toFile().deleteOnExit();
            }
            Ingest.Summary s = new Ingest(store, Claimwatch.extractor()::extract, threads).run(List.of(docs.toString()),
                    System.in, new CorpusReader(Defaults.none()), new Ingest.Listener() {
                        @Override
                        public void done(long done, long claims) {
                            if (done % 100 == 0) {
                                err.println("ingested " + done + " articles");
                                err.flush();
                            }
                        }
                    });
            long start = System.nanoTime();
            Linking linking = Relink.run(store);
            return new GroupingRun(s, linking, (System.nanoTime() - start) / 1e9);
        }
    }

    /** A row of the B-cubed table: clustering, groups, P, R, F1. */
    static List<String> row(String name, long groups, BCubed b) {
        return List.of(name, Long.toString(groups), Markdown.num(b.precision()), Markdown.num(b.recall()),
                Markdown.num(b.f1()));
    }
}
