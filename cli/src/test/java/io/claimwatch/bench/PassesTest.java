package io.claimwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Article;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PassesTest {
    private static final List<Article> ARTICLES = IntStream.range(0, 9)
            .mapToObj(i -> new Article("a" + i, "x".repeat(i), null, null, null, null)).toList();

    @Test
    void sumsWhatTheWorkReturnsOnOneThreadOrMany() {
        assertThat(Passes.run(ARTICLES, a -> a.text().length(), 1)).isEqualTo(36);
        assertThat(Passes.run(ARTICLES, a -> a.text().length(), 3)).isEqualTo(36);
    }

    @Test
    void measureReportsTheOutputAndAHeapPeakNoLowerThanItsStart() {
        Passes.Pass p = Passes.measure(ARTICLES, a -> 1, 1);
        assertThat(p.output()).isEqualTo(9);
        assertThat(p.nanos()).isPositive();
        assertThat(p.peakHeap()).isPositive();
    }
}
