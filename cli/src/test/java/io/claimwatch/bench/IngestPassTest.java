package io.claimwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Article;
import io.claimwatch.model.ArticleJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestPassTest {
    private static final String TEXT = "The mayor said the bridge over the river was closed to traffic on Monday.";

    @Test
    void everyPassIngestsTheWholeWorkloadIntoANewStore(@TempDir Path dir) throws Exception {
        // two articles with the same text: ids keep them apart, as they do the bench's seed copies
        List<Article> work = List.of(new Article("s-1", TEXT, "Bridge", LocalDate.of(2024, 12, 19), "Post", null),
                new Article("s-2", TEXT, null, null, null, "https://example.org/b"));
        AtomicInteger extracted = new AtomicInteger();
        IngestPass pass = IngestPass.of(dir, "work", work, a -> {
            extracted.incrementAndGet();
            return List.of();
        });
        assertThat(Files.readAllLines(pass.input()).stream().map(ArticleJson::parse).toList()).isEqualTo(work);
        assertThat(pass.run(1)).isZero();
        assertThat(pass.run(2)).isZero();
        // no article was a duplicate of the previous pass's, and no store is left behind
        assertThat(extracted).hasValue(4);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("work.jsonl");
        }
    }
}
