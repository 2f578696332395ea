package io.claimwatch.ingest;

import io.claimwatch.model.Article;
import io.claimwatch.model.ArticleRef;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.store.Store;
import io.claimwatch.store.StoredArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the output of the Spark job (its {@code claims/jsonl/published=.../part-*} files: one claim of
 * {@code extract}'s shape a line) into the store, so that the UI can browse an archive extracted on a cluster.
 * The job writes claims, not article texts: each article is stored with its metadata from the claims and an
 * empty text, and its claims keep their spans into the original text.
 */
public final class SparkOutput {
    /** What a load did. */
    public record Summary(long articles, long duplicates, long claims, long badLines) {
    }

    private SparkOutput() {
    }

    /** True when {@code dir} looks like a job's output directory. */
    public static boolean is(Path dir) {
        return Files.isDirectory(dir.resolve("claims").resolve("jsonl"));
    }

    public static Summary load(Path dir, Store store) {
        Map<String, List<Claim>> byArticle = new LinkedHashMap<>();
        long bad = 0;
        try (Stream<Path> files = Files.walk(dir.resolve("claims").resolve("jsonl"))) {
            // Spark's own marker files (_SUCCESS, .crc) start with "_" or "."
            List<Path> parts = files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("_") && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
            for (Path part : parts) {
                try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.isBlank()) {
                            continue;
                        }
                        try {
                            Claim c = ClaimJson.mapper().readValue(line, Claim.class);
                            byArticle.computeIfAbsent(c.article().id(), k -> new ArrayList<>()).add(c);
                        } catch (IOException | RuntimeException e) {
                            bad++;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Spark output " + dir + ": " + e.getMessage(), e);
        }
        long stored = 0;
        long duplicates = 0;
        long claims = 0;
        for (List<Claim> list : byArticle.values()) {
            ArticleRef ref = list.get(0).article();
            Article article = new Article(ref.id(), "", null, ref.published(), ref.outlet(), ref.url());
            List<Claim> distinct = Ingest.distinct(list);
            if (store.putArticle(new StoredArticle(article, null, null, "spark:" + dir), distinct)) {
                stored++;
                claims += distinct.size();
            } else {
                duplicates++;
            }
        }
        return new Summary(stored, duplicates, claims, bad);
    }
}
