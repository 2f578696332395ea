package io.claimwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        Stats s = Stats.of(5.0, 1.0, 3.0);
        assertThat(s.median()).isEqualTo(3.0);
        assertThat(s.n()).isEqualTo(3);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Stats.of(4.0, 1.0, 3.0, 10.0).median()).isEqualTo(3.5);
    }

    @Test
    void spreadIsMinToMax() {
        Stats s = Stats.of(List.of(2.5, 9.0, 0.5, 4.0));
        assertThat(s.min()).isEqualTo(0.5);
        assertThat(s.max()).isEqualTo(9.0);
    }

    @Test
    void oneValueIsItsOwnMedianAndSpread() {
        assertThat(Stats.of(7.0)).isEqualTo(new Stats(7.0, 7.0, 7.0, 1));
    }

    @Test
    void refusesNoValues() {
        assertThatThrownBy(() -> Stats.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
