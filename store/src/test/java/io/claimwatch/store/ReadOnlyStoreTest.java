package io.claimwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that may not be written (a read-only directory or file, a copy on a read-only medium) can still be read. */
class ReadOnlyStoreTest {
    @TempDir
    Path dir;

    private Path storeWithOneArticle() {
        Path file = dir.resolve("claims.db");
        try (Store store = Store.open(file)) {
            store.putArticle(Fixtures.article("a1", "2024-03-01", "Wire"), List.of());
        }
        return file;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aStoreOpenedReadOnlyIsReadAndItsFileIsLeftAsItWas() throws IOException {
        Path file = storeWithOneArticle();
        byte[] bytes = Files.readAllBytes(file);
        try (Store store = Store.openReadOnly(file)) {
            assertThat(store.readOnly()).isTrue();
            assertThat(store.hasArticle("a1")).isTrue();
            assertThat(store.stats().articles()).isEqualTo(1);
            assertThat(store.searchClaims(ClaimQuery.all()).total()).isZero();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void anImmutableOpenNeedsNoFileBesideTheStore() throws IOException {
        Path file = storeWithOneArticle();
        List<String> before = names();
        try (Store store = Store.openReadOnly(file, true)) {
            assertThat(store.hasArticle("a1")).isTrue();
            assertThat(names()).as("no -wal or -shm while open").isEqualTo(before);
        }
    }

    @Test
    void writingToAReadOnlyStoreIsRefusedNamingTheFile() {
        Path file = storeWithOneArticle();
        try (Store store = Store.openReadOnly(file)) {
            assertThatThrownBy(() -> store.putArticle(Fixtures.article("a2", "2024-03-02", "Wire"), List.of()))
                    .isInstanceOf(StoreException.class).hasMessageContaining(file.toString()).hasMessageContaining("read-only");
        }
    }

    @Test
    void aMissingStoreIsNotCreatedByAReadOnlyOpen() {
        Path file = dir.resolve("none.db");
        assertThatThrownBy(() -> Store.openReadOnly(file)).isInstanceOf(StoreException.class).hasMessageContaining("no store");
        assertThat(file).doesNotExist();
    }

    @Test
    void openFallsBackToReadOnlyInADirectoryThatCannotBeWritten() throws IOException {
        Path file = storeWithOneArticle();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(dir), "root writes anywhere: no read-only directory to test in");
            try (Store store = Store.open(file)) {
                assertThat(store.readOnly()).isTrue();
                assertThat(store.hasArticle("a1")).isTrue();
            }
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
