package io.claimwatch.cli;

import io.claimwatch.ingest.Ingest;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on stderr ("\r" redraws it): articles stored of those read so far, rate and time
 * left. The reader runs ahead of extraction, so "read so far" soon is the total. Problems are printed on
 * their own lines whether or not the bar is shown.
 */
final class ProgressBar implements Ingest.Listener {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean visible;
    private final long start = System.nanoTime();
    private final AtomicLong queued = new AtomicLong();
    /** The reader keeps only a few articles ahead of the workers: the total is known once it has finished. */
    private volatile boolean totalKnown;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean visible) {
        this.err = err;
        this.visible = visible;
    }

    @Override
    public void queued(long total) {
        queued.set(total);
    }

    @Override
    public void readAll(long total) {
        queued.set(total);
        totalKnown = true;
    }

    @Override
    public synchronized void done(long done, long claims) {
        long now = System.nanoTime();
        if (!visible || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        err.print('\r' + line(done, Math.max(done, queued.get()), totalKnown, claims, (now - start) / 1e9));
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void problem(String origin, String reason) {
        if (drawn) {
            err.println();
            drawn = false;
        }
        err.println("claimwatch ingest: skipped " + origin + ": " + reason);
        err.flush();
    }

    synchronized void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }

    static String line(long done, long total, boolean totalKnown, long claims, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        if (!totalKnown) {
            return String.format("[%s] %d articles, %d claims, %.1f/s, still reading input ", "~".repeat(WIDTH), done,
                    claims, rate);
        }
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        String left = rate > 0 ? duration((total - done) / rate) : "?";
        return String.format("[%s%s] %d/%d articles, %d claims, %.1f/s, %s left ", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, total, claims, rate, left);
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
