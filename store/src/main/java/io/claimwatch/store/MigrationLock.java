package io.claimwatch.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One opener at a time checks, creates and migrates a store: threads of this JVM wait on a monitor per file,
 * processes on an exclusive lock of the file {@code STORE-lock} beside it. The lock file is left in place:
 * deleting it while another process waits for it would let a third lock a new file of the same name.
 *
 * <p>Not the store file itself: Java's file locks are POSIX record locks, and closing any channel on a file
 * drops every such lock the process holds on it, SQLite's own among them.
 */
final class MigrationLock {
    private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private MigrationLock() {
    }

    static <T> T holding(Path store, Supplier<T> work) {
        Path lockFile = store.resolveSibling(store.getFileName() + "-lock");
        synchronized (MONITORS.computeIfAbsent(store, p -> new Object())) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return work.get();
            } catch (IOException e) {
                throw new StoreException("cannot lock store " + store + " to create or migrate it (" + lockFile
                        + "): " + e, e);
            }
        }
    }
}
