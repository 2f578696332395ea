package io.claimwatch.bench;

import io.claimwatch.model.Article;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.function.ToIntFunction;

/** One pass of a pipeline over the articles, and what it took. */
final class Passes {
    /**
     * Wall-clock time of one pass, the CPU time of the whole process during it (every thread: the work, the
     * collector, the JIT), the process's peak heap, and the sum of what the work returned (e.g. claims).
     */
    record Pass(long nanos, long cpuNanos, long peakHeap, long output) {
        double perSecond(long count) {
            return count * 1e9 / nanos;
        }

        double perCpuSecond(long count) {
            return count * 1e9 / cpuNanos;
        }
    }

    private Passes() {
    }

    /**
     * Runs {@code work} on every article: in this thread when {@code threads} is 1 (one article after
     * another, the fair comparison), else on a fixed pool. A full GC at the start keeps the previous pass's
     * garbage out of this one's peak.
     */
    static Pass measure(List<Article> articles, ToIntFunction<Article> work, int threads) {
        return measure(() -> run(articles, work, threads));
    }

    /** Times one whole pass that returns its output (e.g. an ingest run into a fresh store), as above. */
    static Pass measure(LongSupplier pass) {
        usedAfterGc();
        HeapSampler heap = HeapSampler.start();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        long output;
        long nanos;
        try {
            output = pass.getAsLong();
            nanos = System.nanoTime() - start;
        } finally {
            heap.stop();
        }
        return new Pass(nanos, processCpuNanos() - cpuStart, heap.peak(), output);
    }

    /** CPU time of this process so far, all threads. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Heap in use after a full GC: what is live, mostly the loaded models. */
    static long usedAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Runs {@code work} on every article without measuring: for warm-up. */
    static long run(List<Article> articles, ToIntFunction<Article> work, int threads) {
        if (threads <= 1) {
            long sum = 0;
            for (Article a : articles) {
                sum += work.applyAsInt(a);
            }
            return sum;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Article a : articles) {
                results.add(pool.submit(() -> work.applyAsInt(a)));
            }
            long sum = 0;
            for (Future<Integer> f : results) {
                sum += f.get();
            }
            return sum;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a pass failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
