package io.claimwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.corpus.CorpusReader;
import io.claimwatch.corpus.Defaults;
import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import io.claimwatch.model.Event;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Quantity;
import io.claimwatch.model.Qualifier;
import io.claimwatch.model.Span;
import io.claimwatch.model.Status;
import io.claimwatch.store.Store;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest pipeline with a stand-in for the extraction stage (one claim per article, at its first digit):
 * what is tested here is reading, deduplication, ordering and storing, not linguistics (the CLI's tests run
 * the real extractor).
 */
class IngestTest {
    @TempDir
    Path dir;

    private final AtomicInteger extracted = new AtomicInteger();

    private final Function<Article, List<Claim>> firstDigit = article -> {
        extracted.incrementAndGet();
        int at = 0;
        while (at < article.text().length() && !Character.isDigit(article.text().charAt(at))) {
            at++;
        }
        if (at == article.text().length()) {
            return List.of();
        }
        long n = article.text().charAt(at) - '0';
        return List.of(new Claim(article.id() + "-c", article.ref(), article.text(), new Span(0, article.text().length()),
                new Event(EventType.KILLED, null), new Quantity(Long.toString(n), n, Qualifier.EXACT, n, n,
                        new Span(at, at + 1)), null, null, null, null, List.of(), Status.ASSERTED, List.of()));
    };

    private Path corpus() throws IOException {
        Path file = dir.resolve("articles.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add("{\"id\": \"a" + i + "\", \"published\": \"2025-03-1" + (i % 10) + "\", \"text\": \"Shelling killed "
                    + (i % 10) + " people in the town of Novohrodivka on Tuesday, the regional police said in a statement.\"}");
        }
        lines.add("{\"id\": \"a3\", \"text\": \"A line repeating an id already read in this run.\"}");
        lines.add("{\"id\": \"fr\", \"text\": \"Les bombardements ont tué trois personnes dans la ville mardi, a indiqué la police régionale dans un communiqué publié le soir même.\"}");
        lines.add("{not json");
        Files.write(file, lines);
        return file;
    }

    private Ingest.Summary ingest(Store store, Path file, int threads) {
        return new Ingest(store, firstDigit, threads).run(List.of(file.toString()), new ByteArrayInputStream(new byte[0]),
                new CorpusReader(Defaults.none()), new Ingest.Listener() { });
    }

    @Test
    void storesEveryArticleOnceWithItsClaimsAndCountsTheRest() throws IOException {
        try (Store store = Store.open(dir.resolve("s.db"))) {
            Ingest.Summary s = ingest(store, corpus(), 2);
            assertThat(s.read()).isEqualTo(14);
            assertThat(s.duplicates()).isEqualTo(1);
            assertThat(s.stored()).isEqualTo(13);
            assertThat(s.problems()).isEqualTo(1);
            assertThat(s.skipped()).containsOnlyKeys("not English");
            assertThat(s.claims()).isEqualTo(12);  // one per English article; the French one is not extracted
            assertThat(store.article("fr")).hasValueSatisfying(a -> assertThat(a.skipReason()).startsWith("not English"));
            assertThat(store.claimsOfArticle("a7")).singleElement()
                    .satisfies(c -> assertThat(c.quantity().value()).isEqualTo(7));
            assertThat(extracted.get()).isEqualTo(12);
        }
    }

    @Test
    void aSecondRunAddsNothingAndExtractsNothing() throws IOException {
        Path file = corpus();
        try (Store store = Store.open(dir.resolve("s.db"))) {
            ingest(store, file, 2);
            long claims = store.stats().claims();
            extracted.set(0);
            Ingest.Summary again = ingest(store, file, 2);
            assertThat(again.stored()).isZero();
            assertThat(again.duplicates()).isEqualTo(again.read());
            assertThat(extracted.get()).isZero();
            assertThat(store.stats().claims()).isEqualTo(claims);
            assertThat(store.stats().articles()).isEqualTo(13);
        }
    }

    @Test
    void anArticleTheExtractorFailsOnIsStoredWithTheReason() throws IOException {
        Path file = dir.resolve("one.jsonl");
        Files.writeString(file, "{\"id\": \"x\", \"text\": \"Two soldiers were killed near the village on Monday, officials said.\"}\n");
        try (Store store = Store.open(dir.resolve("s.db"))) {
            Ingest.Summary s = new Ingest(store, a -> {
                throw new IllegalStateException("parser blew up");
            }, 1).run(List.of(file.toString()), new ByteArrayInputStream(new byte[0]), new CorpusReader(Defaults.none()),
                    new Ingest.Listener() { });
            assertThat(s.stored()).isEqualTo(1);
            assertThat(s.skipped()).containsOnlyKeys("extraction failed");
            assertThat(store.article("x")).hasValueSatisfying(a -> assertThat(a.skipReason()).contains("parser blew up"));
        }
    }

    @Test
    void articlesAreStoredInInputOrderWhateverTheWorkersFinishFirst() throws IOException {
        Path file = corpus();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        try (Store store = Store.open(dir.resolve("s.db"))) {
            new Ingest(store, a -> {
                if (a.id().equals("a0")) {
                    sleep(300);  // the first article is the slowest: later ones must still wait for it
                }
                return List.of();
            }, 3).run(List.of(file.toString()), new ByteArrayInputStream(new byte[0]), new CorpusReader(Defaults.none()),
                    new Ingest.Listener() {
                        @Override
                        public void done(long done, long claims) {
                            order.add(Long.toString(done));
                        }
                    });
            List<String> ids = new ArrayList<>();
            store.forEachArticle(a -> ids.add(a.id()));
            assertThat(ids).hasSize(13);
            assertThat(order).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
        }
    }

    @Test
    void aClaimReadTwiceIsStoredOnce() throws IOException {
        Path file = dir.resolve("one.jsonl");
        Files.writeString(file, "{\"id\": \"x\", \"text\": \"4 soldiers were killed near the village on Monday, officials said.\"}\n");
        try (Store store = Store.open(dir.resolve("s.db"))) {
            Ingest.Summary s = new Ingest(store, a -> {
                List<Claim> twice = new ArrayList<>(firstDigit.apply(a));
                twice.addAll(firstDigit.apply(a));
                return twice;
            }, 1).run(List.of(file.toString()), new ByteArrayInputStream(new byte[0]), new CorpusReader(Defaults.none()),
                    new Ingest.Listener() { });
            assertThat(s.claims()).isEqualTo(1);
            assertThat(store.claimsOfArticle("x")).hasSize(1);
        }
    }

    @Test
    void reasonsAreGroupedByKind() {
        assertThat(Ingest.reasonKind("not English (detected: French)")).isEqualTo("not English");
        assertThat(Ingest.reasonKind("extraction failed: java.lang.X: y")).isEqualTo("extraction failed");
        assertThat(Ingest.reasonKind("empty")).isEqualTo("empty");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
