package io.claimwatch.server;

import io.claimwatch.corpus.CorpusReader;
import io.claimwatch.corpus.Defaults;
import io.claimwatch.extract.Claimwatch;
import io.claimwatch.ingest.Ingest;
import io.claimwatch.ingest.Relink;
import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import io.claimwatch.store.Store;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The stores the server tests run against: the fixture articles (src/test/resources/fixtures.jsonl: three
 * reports of one strike that disagree on the toll, and one article full of markup) ingested with the real
 * extractor, built once per JVM; and empty stores. CoreNLP loads once per JVM too.
 */
final class TestStore {
    static final Function<Article, List<Claim>> EXTRACTOR = a -> Claimwatch.extractor().extract(a);
    private static Path fixtures;

    private TestStore() {
    }

    /** A fresh copy of the fixture store: tests may write to it. */
    static Store withFixtures() {
        try {
            Path copy = temporary("fixtures.db");
            Files.copy(fixtureFile(), copy);
            return Store.open(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled example articles (the Pavlohrad incident, its copy) and the fixture articles, extracted anew. */
    static Store examplesAndFixtures() {
        Store store = empty();
        DemoArticles.ingest(store, null, EXTRACTOR);
        ingest(store, resource("/fixtures.jsonl"));
        return store;
    }

    static Store empty() {
        try {
            return Store.open(temporary("empty.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path fixtureFile() throws IOException {
        if (fixtures == null) {
            Path file = temporary("fixtures.db");
            try (Store store = Store.open(file)) {
                ingest(store, resource("/fixtures.jsonl"));
            }
            fixtures = file;
        }
        return fixtures;
    }

    static void ingest(Store store, Path articles) {
        new Ingest(store, EXTRACTOR, 2).run(List.of(articles.toString()), InputStream.nullInputStream(),
                new CorpusReader(Defaults.none()), new Ingest.Listener() { });
        Relink.run(store);
    }

    /** A file name in a new temporary directory; both go when the JVM exits (the stores are closed by then). */
    private static Path temporary(String name) throws IOException {
        Path dir = Files.createTempDirectory("claimwatch-server-test");
        dir.toFile().deleteOnExit();
        Path file = dir.resolve(name);
        file.toFile().deleteOnExit();  // deleted before its directory: the reverse order of registration
        return file;
    }

    static Path resource(String name) {
        try {
            return Path.of(TestStore.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
