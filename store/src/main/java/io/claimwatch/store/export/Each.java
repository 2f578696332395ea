package io.claimwatch.store.export;

import java.util.function.Consumer;

/** What an export writes, handed over one at a time: a store's rows need never be in memory together. */
@FunctionalInterface
public interface Each<T> {
    void forEach(Consumer<T> sink);
}
