package io.claimwatch.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.corpus.CorpusReader;
import io.claimwatch.corpus.Defaults;
import io.claimwatch.ingest.Ingest;
import io.claimwatch.ingest.Relink;
import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.store.Store;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The whole ingest as {@code claimwatch ingest} runs it, minus the JVM: the workload written as JSON Lines,
 * read back by the corpus reader (language check included), extracted on N threads, stored into a fresh
 * SQLite store and relinked. Each pass gets a new store, so no article is ever a duplicate.
 */
final class IngestPass {
    private final Path dir;
    private final Path input;
    private final Function<Article, List<Claim>> extractor;
    private int runs;

    private IngestPass(Path dir, Path input, Function<Article, List<Claim>> extractor) {
        this.dir = dir;
        this.input = input;
        this.extractor = extractor;
    }

    /** Writes {@code articles} to {@code dir/name.jsonl}; every pass reads that file. */
    static IngestPass of(Path dir, String name, List<Article> articles, Function<Article, List<Claim>> extractor)
            throws IOException {
        Path input = dir.resolve(name + ".jsonl");
        writeJsonl(articles, input);
        return new IngestPass(dir, input, extractor);
    }

    Path input() {
        return input;
    }

    /** One ingest of the file into a new store, relink included; returns the claims stored. */
    long run(int threads) {
        Path db = dir.resolve("ingest-" + (++runs) + ".db");
        try (Store store = Store.open(db)) {
            Ingest.Summary s = new Ingest(store, extractor, threads)
                    .run(List.of(input.toString()), new ByteArrayInputStream(new byte[0]),
                            new CorpusReader(Defaults.none()), new Ingest.Listener() { });
            Relink.run(store);
            if (s.stored() == 0) {
                throw new IllegalStateException("the ingest pass stored nothing from " + input);
            }
            return s.claims();
        } finally {
            deleteStore(db);
        }
    }

    /** One JSON object a line with the fields `claimwatch ingest` reads, ids included (the seed copies share a text). */
    static void writeJsonl(List<Article> articles, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Article a : articles) {
            ObjectNode o = ClaimJson.mapper().createObjectNode();
            o.put("id", a.id());
            o.put("text", a.text());
            if (a.title() != null) {
                o.put("title", a.title());
            }
            if (a.published() != null) {
                o.put("published", a.published().toString());
            }
            if (a.outlet() != null) {
                o.put("outlet", a.outlet());
            }
            if (a.url() != null) {
                o.put("url", a.url());
            }
            lines.add(ClaimJson.mapper().writeValueAsString(o));
        }
        Files.write(file, lines);
    }

    /** The store file and SQLite's WAL and shared-memory files beside it. */
    private static void deleteStore(Path db) {
        try (Stream<Path> files = Files.list(db.getParent())) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(db.getFileName().toString()))
                    .sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
