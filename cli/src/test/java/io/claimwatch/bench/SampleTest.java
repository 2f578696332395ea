package io.claimwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SampleTest {
    private static final List<Integer> HUNDRED = IntStream.range(0, 100).boxed().toList();

    @Test
    void takesEveryKthItemFromTheFirst() {
        assertThat(Sample.step(100, 10)).isEqualTo(10);
        assertThat(Sample.everyKth(HUNDRED, 10)).containsExactly(0, 10, 20, 30, 40, 50, 60, 70, 80, 90);
    }

    @Test
    void roundsTheStepDownAndStopsAtN() {
        // 100 / 30 = 3: items 0, 3, ..., 87, spread over most of the file
        List<Integer> s = Sample.everyKth(HUNDRED, 30);
        assertThat(s).hasSize(30).startsWith(0, 3, 6).endsWith(87);
    }

    @Test
    void isTheSameOnEveryCall() {
        assertThat(Sample.everyKth(HUNDRED, 7)).isEqualTo(Sample.everyKth(HUNDRED, 7));
    }

    @Test
    void takesASmallCorpusWholeAndNothingForZero() {
        assertThat(Sample.everyKth(List.of("a", "b", "c"), 10)).containsExactly("a", "b", "c");
        assertThat(Sample.everyKth(HUNDRED, 0)).isEmpty();
        assertThat(Sample.everyKth(List.of(), 5)).isEmpty();
    }

    @Test
    void theGvaDevCorpusGivesTwoHundredSpreadArticles() {
        List<Integer> lines = IntStream.range(0, 2424).boxed().toList();
        assertThat(Sample.step(2424, 200)).isEqualTo(12);
        assertThat(Sample.everyKth(lines, 200)).hasSize(200).endsWith(2388);
    }
}
