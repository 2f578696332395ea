package io.claimwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opening a store file: refuse what is not one, create it if absent, bring its schema up to date. */
final class StoreFile {
    /** The first 16 bytes of every SQLite 3 database file. */
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String HISTORY_TABLE = "flyway_schema_history";
    /** How long a write waits for another process's write (a CLI ingest next to a running server). */
    private static final int BUSY_TIMEOUT_MS = 10_000;

    /**
     * Flyway reports every routine step at INFO, which would fill the CLI's stderr on each open; its failures
     * reach us as exceptions anyway. Held here because java.util.logging keeps loggers only weakly. A level the
     * application configured itself is left as it is.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        if (FLYWAY_LOG.getLevel() == null) {
            FLYWAY_LOG.setLevel(Level.WARNING);
        }
    }

    private StoreFile() {
    }

    /**
     * @return the data source every connection of the store comes from. Checking, creating and migrating run
     *     under the store's migration lock, so that two ingests starting on a new store at once do not both
     *     create its tables (the second would fail with SQLITE_BUSY_SNAPSHOT, or take the half-made file for
     *     another program's)
     */
    static SQLiteDataSource prepare(Path path) {
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the directory of store " + path + ": " + e, e);
        }
        return MigrationLock.holding(path, () -> {
            if (holdsData(path)) {
                requireClaimwatch(path, false);
            }
            SQLiteDataSource dataSource = dataSource(path);
            migrate(dataSource, path);
            return dataSource;
        });
    }

    /**
     * Connections that only read an existing store: no creation, no migration, no journal-mode change. With
     * {@code immutable}, SQLite takes the file as unchanging and needs no -shm or -wal file beside it, which
     * is how a WAL store in a directory that cannot be written is read at all.
     */
    static SQLiteDataSource readOnly(Path path, boolean immutable) {
        if (!Files.isRegularFile(path)) {
            throw new StoreException("no store at " + path);
        }
        if (!holdsData(path)) {
            throw new StoreException(path + " is empty, not a Claimwatch store");
        }
        requireClaimwatch(path, immutable);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(readOnlyUrl(path, immutable));
        return dataSource;
    }

    /** True when a store there can be written: the file (if any) and its directory are writable. */
    static boolean writable(Path path) {
        return Files.isWritable(path.getParent()) && (!Files.exists(path) || Files.isWritable(path));
    }

    /** Immutable when SQLite could not make the shared-memory file a reader of a WAL store needs. */
    static boolean needsImmutable(Path path) {
        return !Files.isWritable(path.getParent()) && !Files.exists(path.resolveSibling(path.getFileName() + "-shm"));
    }

    private static String readOnlyUrl(Path path, boolean immutable) {
        return "jdbc:sqlite:file:" + path.toUri().getRawPath() + "?mode=ro" + (immutable ? "&immutable=1" : "");
    }

    private static SQLiteDataSource dataSource(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        // WAL: readers (the web server) never block the writer (an ingest) and see only committed articles
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL is durable in WAL mode against a crash of the program; a power cut may lose the last commits,
        // which ingest simply redoes (it is idempotent per article)
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + path);
        return dataSource;
    }

    /**
     * True for a SQLite file with content, false for no file or an empty one (what SQLite creates before its first
     * write). Checked on the bytes before SQLite touches the file: SQLite would only fail later, less clearly.
     */
    private static boolean holdsData(Path path) {
        if (Files.isDirectory(path)) {
            throw new StoreException(path + " is a directory, not a Claimwatch store");
        }
        if (!Files.exists(path)) {
            return false;
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(path)) {
            header = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new StoreException("cannot read store " + path + ": " + e, e);
        }
        if (header.length > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
            throw new StoreException(path + " is not a SQLite database, so not a Claimwatch store");
        }
        return header.length > 0;
    }

    /**
     * A SQLite file of another program must not get our tables (nor WAL mode) added to it: looked at through a
     * read-only connection with no settings.
     */
    private static void requireClaimwatch(Path path, boolean immutable) {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        List<String> tables;
        try (Connection c = readOnly.createConnection(readOnlyUrl(path, immutable))) {
            tables = Sql.list(c, "SELECT name FROM sqlite_schema WHERE type = 'table'", List.of(),
                    rs -> rs.getString(1));
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + path + ": " + e.getMessage(), e);
        }
        if (!tables.isEmpty() && !tables.contains(HISTORY_TABLE)) {
            throw new StoreException(path + " is a SQLite database of another program (tables " + tables
                    + "), not a Claimwatch store");
        }
    }

    private static void migrate(SQLiteDataSource dataSource, Path path) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .table(HISTORY_TABLE)
                    .failOnMissingLocations(true)
                    // V3 (search columns) and V4, V4.1 (flags, incident measures) came from branches merged in
                    // either order: a store made with V4 and V4.1 but not V3 gets V3 late; they touch different columns
                    .outOfOrder(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot bring store " + path + " up to date: " + e.getMessage(), e);
        }
    }
}
