package io.claimwatch.server;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * A deadline for reading a request's line and headers, which Jetty does not have: its idle timeout restarts
 * with every byte, so a client sending a header a byte every few seconds holds a connection (and a slot of
 * the server) for as long as it likes. Once a connection's parser has left its start state, the whole header
 * must arrive within the deadline, or the connection is closed. A sweeper thread looks every
 * {@value #SWEEP_MILLIS} ms; the time between requests of a kept-alive connection is left to the idle timeout.
 */
final class HeaderDeadline implements Connection.Listener, AutoCloseable {
    static final Duration DEFAULT = Duration.ofSeconds(10);
    private static final long SWEEP_MILLIS = 250;

    /** When the parser was first seen reading the header of the connection's {@code message}-th request. */
    private record Reading(long message, long sinceNanos) {
    }

    private final long deadlineNanos;
    private final Map<HttpConnection, Reading> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "claimwatch-header-deadline");
        t.setDaemon(true);
        return t;
    });

    HeaderDeadline(Duration deadline) {
        this.deadlineNanos = deadline.toNanos();
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            open.put(http, new Reading(-1, 0));
        }
    }

    @Override
    public void onClosed(Connection connection) {
        open.remove(connection);
    }

    /** Parser state read from another thread: a stale read only delays the close by one sweep. */
    private void sweep() {
        long now = System.nanoTime();
        open.replaceAll((http, reading) -> {
            HttpParser parser = http.getParser();
            if (!parser.inHeaderState() || parser.isStart()) {
                return new Reading(-1, 0);
            }
            long message = http.getMessagesIn();
            if (reading.message() != message) {
                return new Reading(message, now);
            }
            if (now - reading.sinceNanos() > deadlineNanos) {
                http.getEndPoint().close();
            }
            return reading;
        });
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
