package io.claimwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.ArticleRef;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.Event;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Quantity;
import io.claimwatch.model.Qualifier;
import io.claimwatch.model.Span;
import io.claimwatch.model.Status;
import io.claimwatch.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkOutputTest {
    @TempDir
    Path dir;

    private static Claim claim(String article, String day, int start, long n) {
        return new Claim(article + "-" + start, new ArticleRef(article, "https://example.test/" + article, "Wire",
                LocalDate.parse(day)), "Shelling killed " + n + " people", new Span(start, start + 20),
                new Event(EventType.KILLED, null), new Quantity(Long.toString(n), n, Qualifier.EXACT, n, n,
                new Span(start + 16, start + 17)), null, null, null, null, List.of(), Status.ASSERTED, List.of());
    }

    /** The layout `claimwatch spark --format jsonl` writes: date partitions, part files, Spark's markers. */
    private Path jobOutput() throws Exception {
        Path out = dir.resolve("out");
        Path day1 = Files.createDirectories(out.resolve("claims/jsonl/published=2025-03-16"));
        Path day2 = Files.createDirectories(out.resolve("claims/jsonl/published=2025-03-17"));
        var json = ClaimJson.mapper();
        Files.write(day1.resolve("part-00000.txt"), List.of(json.writeValueAsString(claim("a", "2025-03-16", 0, 3)),
                json.writeValueAsString(claim("a", "2025-03-16", 40, 4)), "{broken"));
        Files.write(day2.resolve("part-00001.txt"), List.of(json.writeValueAsString(claim("b", "2025-03-17", 0, 5))));
        Files.writeString(out.resolve("claims/jsonl/_SUCCESS"), "");
        Files.writeString(day1.resolve(".part-00000.txt.crc"), "not a claim");
        return out;
    }

    @Test
    void loadsTheClaimsOfEachArticleOnce() throws Exception {
        Path out = jobOutput();
        assertThat(SparkOutput.is(out)).isTrue();
        assertThat(SparkOutput.is(dir)).isFalse();
        try (Store store = Store.open(dir.resolve("s.db"))) {
            SparkOutput.Summary s = SparkOutput.load(out, store);
            assertThat(s).isEqualTo(new SparkOutput.Summary(2, 0, 3, 1));
            assertThat(store.claimsOfArticle("a")).extracting(c -> c.quantity().value()).containsExactly(3L, 4L);
            assertThat(store.article("b")).hasValueSatisfying(a -> {
                assertThat(a.article().outlet()).isEqualTo("Wire");
                assertThat(a.article().published()).isEqualTo(LocalDate.parse("2025-03-17"));
            });
            assertThat(SparkOutput.load(out, store)).isEqualTo(new SparkOutput.Summary(0, 2, 0, 1));
            // claims stand in for the missing texts when linking
            assertThat(Relink.run(store).incidents()).isNotEmpty();
        }
    }
}
