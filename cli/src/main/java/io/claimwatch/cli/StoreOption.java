package io.claimwatch.cli;

import io.claimwatch.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option shared by the commands that read or write the store. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "claimwatch.db",
            description = "The store: an SQLite file, created on first ingest (default: ${DEFAULT-VALUE}).")
    Path db;

    /** Opens the store for writing (creating it when needed). */
    Store create() {
        return Store.open(db);
    }

    /** Opens an existing store for reading: a missing file is a user error, not an empty store to create. */
    Store existing() {
        if (!Files.isRegularFile(db)) {
            throw new IllegalArgumentException("no store at " + db + " (run `claimwatch ingest FILE...` first, or give --db)");
        }
        return Store.open(db);
    }
}
