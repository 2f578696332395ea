package io.claimwatch.ingest;

import io.claimwatch.corpus.CorpusReader;
import io.claimwatch.corpus.Input;
import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import io.claimwatch.store.Store;
import io.claimwatch.store.StoredArticle;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Reads inputs, extracts claims on a pool of worker threads and stores each article with its claims from the
 * calling thread, in input order: SQLite has one writer, and one transaction per article means a killed run
 * leaves only whole articles behind. Articles already in the store (or seen earlier in the run) are counted
 * as duplicates before any extraction, so a rerun after a crash only extracts what is missing.
 */
public final class Ingest {
    /** The outcome of one article, handed from a worker to the writer. */
    private record Outcome(StoredArticle article, List<Claim> claims) {
    }

    /** What a run did; {@code skipped} counts articles stored without extraction, by reason. */
    public record Summary(long read, long stored, long duplicates, Map<String, Long> skipped, long problems,
                          long claims, long millis) {
        public long skippedTotal() {
            return skipped.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Hears about progress; called from the writer thread except {@link #queued}. */
    public interface Listener {
        /** One more article went to the workers (read but not yet stored). */
        default void queued(long total) {
        }

        /** One more article was stored (or found to be a duplicate), with the claims stored so far. */
        default void done(long done, long claims) {
        }

        /** Every input has been read: {@code total} articles go to the workers (called from the reader thread). */
        default void readAll(long total) {
        }

        /** An input gave no article (called from the reader thread). */
        default void problem(String origin, String reason) {
        }
    }

    private static final Outcome END = new Outcome(null, null);
    /** Articles read ahead per worker thread. */
    static final int PENDING_PER_THREAD = 16;

    private final Store store;
    private final Function<Article, List<Claim>> extractor;
    private final int threads;

    public Ingest(Store store, Function<Article, List<Claim>> extractor, int threads) {
        this.store = store;
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
    }

    /** Reads every path ("-" is {@code stdin}) with {@code reader} and stores what it finds. */
    public Summary run(List<String> paths, InputStream stdin, CorpusReader reader, Listener listener) {
        long start = System.nanoTime();
        Set<String> known = new HashSet<>(store.articleIds());
        // bounded: the reader waits when the workers are behind, so memory stays flat on huge inputs (an entry
        // holds an article's text and claims, not its annotations). Articles are stored in input order, so the
        // window must be wide enough for the other workers to go on past a long article (ten times the median
        // is common in news: 13,000 characters against 1,200 in the GVA sample) instead of waiting for it
        BlockingQueue<CompletableFuture<Outcome>> pending = new ArrayBlockingQueue<>(threads * PENDING_PER_THREAD);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        long[] counts = new long[3];  // read, duplicates, problems: written by the reader thread only
        AtomicReference<RuntimeException> readerFailure = new AtomicReference<>();
        Thread readerThread = new Thread(() -> {
            try {
                for (String path : paths) {
                    reader.read(path, stdin, input -> {
                        if (input instanceof Input.Problem p) {
                            counts[2]++;
                            listener.problem(p.origin(), p.reason());
                            return;
                        }
                        Input.Document d = (Input.Document) input;
                        counts[0]++;
                        if (!known.add(d.article().id())) {
                            counts[1]++;
                            return;
                        }
                        put(pending, CompletableFuture.supplyAsync(() -> outcome(d), workers));
                        listener.queued(counts[0] - counts[1]);
                    });
                }
                listener.readAll(counts[0] - counts[1]);
            } catch (RuntimeException e) {
                readerFailure.set(e);
            } finally {
                put(pending, CompletableFuture.completedFuture(END));
            }
        }, "claimwatch-reader");
        readerThread.start();

        long stored = 0;
        long claims = 0;
        Map<String, Long> skipped = new TreeMap<>();
        try {
            while (true) {
                Outcome o = pending.take().get();
                if (o == END) {
                    break;
                }
                if (store.putArticle(o.article(), o.claims())) {
                    stored++;
                    claims += o.claims().size();
                    if (o.article().skipReason() != null) {
                        skipped.merge(reasonKind(o.article().skipReason()), 1L, Long::sum);
                    }
                }
                listener.done(stored, claims);
            }
            readerThread.join();
            if (readerFailure.get() != null) {
                throw readerFailure.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("ingest failed: " + e.getCause(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
        return new Summary(counts[0], stored, counts[1], skipped, counts[2], claims,
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Extracts one document. An article the extractor fails on is still stored, with the failure as its skip
     * reason: nothing read is lost, and the failure is visible in the store.
     */
    private Outcome outcome(Input.Document d) {
        StoredArticle skippedAs = new StoredArticle(d.article(), d.language(), d.skipReason(), d.origin());
        if (d.skipReason() != null) {
            return new Outcome(skippedAs, List.of());
        }
        try {
            return new Outcome(skippedAs, distinct(extractor.apply(d.article())));
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(new StoredArticle(d.article(), d.language(), "extraction failed: " + e, d.origin()),
                    List.of());
        }
    }

    /**
     * The claims without repeated ids (the same event word and span read twice by two rules): the store
     * refuses a repeated id, and one extractor slip must not cost the article.
     */
    static List<Claim> distinct(List<Claim> claims) {
        Map<String, Claim> byId = new LinkedHashMap<>();
        claims.forEach(c -> byId.putIfAbsent(c.id(), c));
        return List.copyOf(byId.values());
    }

    /** "not English (detected: French)" counts under "not English": the summary groups by kind of reason. */
    static String reasonKind(String reason) {
        int paren = reason.indexOf(" (");
        int colon = reason.indexOf(':');
        int cut = paren < 0 ? colon : colon < 0 ? paren : Math.min(paren, colon);
        return cut < 0 ? reason : reason.substring(0, cut);
    }

    private static void put(BlockingQueue<CompletableFuture<Outcome>> queue, CompletableFuture<Outcome> f) {
        try {
            queue.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
    }
}
