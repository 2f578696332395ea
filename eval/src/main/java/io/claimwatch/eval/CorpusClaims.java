package io.claimwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.corpus.CorpusReader;
import io.claimwatch.corpus.Defaults;
import io.claimwatch.corpus.Input;
import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The claims a conflict-news eval scores: extracted here from DIR/docs.jsonl as {@code claimwatch extract} would
 * (read by the corpus reader, so a non-English article is skipped as it is there), or read from a claims file.
 *
 * @param claims   every claim, each article's in extraction (or file) order
 * @param origin   how they were obtained, for the report's heading
 * @param skipped  articles not extracted (id: reason)
 * @param failures articles whose extraction threw (id: reason)
 */
record CorpusClaims(List<Claim> claims, String origin, Map<String, String> skipped, Map<String, String> failures) {
    CorpusClaims {
        claims = List.copyOf(claims);
        skipped = new TreeMap<>(skipped);
        failures = new TreeMap<>(failures);
    }

    /** The options every conflict-news eval takes. */
    static final class Options {
        @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
                description = "Also list the first N errors of each class.")
        int errors;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
                description = "Only the first N documents (0: all).")
        int limit;
        @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
                description = "Extraction threads (0: one per processor).")
        int threads;
        @Option(names = "--no-gate", description = "Parse every sentence.")
        boolean noGate;
        @Option(names = "--from-claims", paramLabel = "FILE",
                description = "Score this claims file (claimwatch extract --format jsonl, or --claims output) "
                        + "instead of extracting.")
        Path fromClaims;
        @Option(names = "--claims", paramLabel = "FILE",
                description = "Also write every article's claims to FILE (JSON Lines: doc, claims).")
        Path claims;

        int threads() {
            return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        }
    }

    /** The {@code id}, {@code title} and {@code text} of every line of a docs.jsonl file, by id, in file order. */
    static Map<String, JsonNode> documents(Path docsFile) throws IOException {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        for (JsonNode n : Jsonl.read(docsFile)) {
            docs.putIfAbsent(n.path("id").asText(), n);
        }
        return docs;
    }

    /** The claims of the articles {@code ids} of {@code docsFile}: read from --from-claims, or extracted. */
    static CorpusClaims of(Path docsFile, Set<String> ids, Options options,
                           Function<Boolean, Function<Article, List<Claim>>> extractors, Consumer<String> progress)
            throws IOException {
        if (options.fromClaims != null) {
            List<Claim> claims = ClaimsFile.read(options.fromClaims);
            ClaimDump.write(options.claims, ClaimsFile.byArticle(claims));
            return new CorpusClaims(claims, "claims from " + options.fromClaims, Map.of(), Map.of());
        }
        List<Article> articles = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        new CorpusReader(Defaults.none()).read(docsFile.toString(), InputStream.nullInputStream(), input -> {
            if (input instanceof Input.Document d && ids.contains(d.article().id())) {
                if (d.skipReason() == null) {
                    articles.add(d.article());
                } else {
                    skipped.put(d.article().id(), d.skipReason());
                }
            } else if (input instanceof Input.Problem p) {
                skipped.put(p.origin(), p.reason());
            }
        });
        long start = System.nanoTime();
        ClaimDump dump = new ClaimDump(extractors.apply(!options.noGate));
        ParallelExtraction.Result r = ParallelExtraction.run(articles, dump, options.threads(), progress);
        dump.writeTo(options.claims);
        List<Claim> claims = new ArrayList<>();
        articles.forEach(a -> claims.addAll(r.claims().getOrDefault(a.id(), List.of())));
        String origin = String.format(java.util.Locale.ROOT, "extracted %d articles in %.1f s, %d threads, gate %s;"
                        + " %d skipped, %d failed", articles.size(), (System.nanoTime() - start) / 1e9,
                options.threads(), options.noGate ? "off" : "on", skipped.size(), r.failures().size());
        return new CorpusClaims(claims, origin, skipped, r.failures());
    }
}
