package io.claimwatch.eval;

import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Extracts each article once on a fixed pool of threads: extraction takes seconds per article, and every
 * score of a corpus reads the same claims, so they are computed once and kept by article id.
 */
public final class ParallelExtraction {
    /** How often (in articles) progress is reported. */
    static final int PROGRESS_EVERY = 25;

    /**
     * Claims by article id (an article whose extraction threw has no claims and is listed in {@code failures}
     * with the reason), and the wall-clock time taken.
     */
    public record Result(Map<String, List<Claim>> claims, Map<String, String> failures, long millis) {
        public Result {
            claims = Map.copyOf(claims);
            failures = new TreeMap<>(failures);
        }
    }

    private ParallelExtraction() {
    }

    /** Extracts {@code articles} with {@code threads} threads; {@code progress} gets a line now and then. */
    public static Result run(Collection<Article> articles, Function<Article, List<Claim>> extractor, int threads,
                             Consumer<String> progress) {
        long start = System.nanoTime();
        Map<String, List<Claim>> claims = new ConcurrentHashMap<>();
        Map<String, String> failures = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        int total = articles.size();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Article article : articles) {
                futures.add(pool.submit(() -> {
                    try {
                        List<Claim> found = extractor.apply(article);
                        claims.put(article.id(), found == null ? List.of() : List.copyOf(found));
                    } catch (RuntimeException e) {
                        // one article's failure must not stop the run: it scores as "no claims"
                        failures.put(article.id(), String.valueOf(e));
                        claims.put(article.id(), List.of());
                    }
                    int n = done.incrementAndGet();
                    if (n % PROGRESS_EVERY == 0 || n == total) {
                        progress.accept("extracted " + n + "/" + total + " articles");
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(claims, failures, (System.nanoTime() - start) / 1_000_000);
    }
}
