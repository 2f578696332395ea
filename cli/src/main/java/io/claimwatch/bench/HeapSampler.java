package io.claimwatch.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The highest heap use seen while a phase runs, sampled from a daemon thread. Used heap includes garbage not
 * yet collected, so the peak is an upper bound that depends on the collector, not the live working set.
 */
final class HeapSampler implements AutoCloseable {
    static final long DEFAULT_INTERVAL_MILLIS = 50;

    private final LongSupplier used;
    private final long intervalMillis;
    private final AtomicLong peak = new AtomicLong(Long.MIN_VALUE);
    private final Thread thread;
    private volatile boolean running = true;

    private HeapSampler(LongSupplier used, long intervalMillis) {
        this.used = used;
        this.intervalMillis = intervalMillis;
        thread = new Thread(this::loop, "heap-sampler");
        // never keeps the JVM alive if a phase throws before close()
        thread.setDaemon(true);
    }

    /** Samples the JVM's used heap (total - free) every 50 ms. */
    static HeapSampler start() {
        Runtime rt = Runtime.getRuntime();
        return start(() -> rt.totalMemory() - rt.freeMemory(), DEFAULT_INTERVAL_MILLIS);
    }

    static HeapSampler start(LongSupplier used, long intervalMillis) {
        HeapSampler s = new HeapSampler(used, intervalMillis);
        s.sample();
        s.thread.start();
        return s;
    }

    /** Takes one sample now and returns it. */
    long sample() {
        long v = used.getAsLong();
        peak.accumulateAndGet(v, Math::max);
        return v;
    }

    /** The highest sample so far. */
    long peak() {
        return peak.get();
    }

    /** Stops sampling (after one last sample, so a short phase still counts its end) and returns the peak. */
    long stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
        return peak();
    }

    @Override
    public void close() {
        stop();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
