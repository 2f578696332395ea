package io.claimwatch.server;

import io.claimwatch.corpus.CorpusReader;
import io.claimwatch.corpus.Defaults;
import io.claimwatch.ingest.Ingest;
import io.claimwatch.ingest.Relink;
import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import io.claimwatch.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The bundled example articles ({@code examples/articles.jsonl}: three reports of one strike, one of them a
 * syndicated copy, and one of another front), read into a store for {@code claimwatch demo}. The build copies
 * the file onto the classpath, so the demo works from any directory.
 */
public final class DemoArticles {
    static final String RESOURCE = "/io/claimwatch/server/demo/articles.jsonl";

    private DemoArticles() {
    }

    /**
     * Reads {@code file} (or, when it is null or missing, the classpath copy) into the store as
     * {@code claimwatch ingest} would, then relinks. Idempotent: a second run stores nothing new.
     */
    public static Ingest.Summary ingest(Store store, Path file, Function<Article, List<Claim>> extractor) {
        boolean onDisk = file != null && Files.isRegularFile(file);
        try (InputStream bundled = onDisk ? InputStream.nullInputStream() : DemoArticles.class.getResourceAsStream(RESOURCE)) {
            if (bundled == null) {
                throw new IllegalStateException("the example articles are missing from the classpath (" + RESOURCE + ")");
            }
            Ingest.Summary summary = new Ingest(store, extractor, Runtime.getRuntime().availableProcessors())
                    .run(List.of(onDisk ? file.toString() : "-"), bundled, new CorpusReader(Defaults.none()),
                            new Ingest.Listener() { });
            Relink.run(store);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
