package io.claimwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BCubedTest {
    // gold: {a, b, c} one incident, {d} another
    private final Map<String, Set<String>> gold = Map.of("a", Set.of("1"), "b", Set.of("1"), "c", Set.of("1"),
            "d", Set.of("2"));

    @Test
    void aPerfectClusteringScoresOne() {
        BCubed b = BCubed.score(gold, List.of(List.of("a", "b", "c"), List.of("d")));
        assertThat(b.precision()).isEqualTo(1.0);
        assertThat(b.recall()).isEqualTo(1.0);
        assertThat(b.f1()).isEqualTo(1.0);
    }

    @Test
    void everyItemAloneHasFullPrecisionAndPartialRecall() {
        BCubed b = BCubed.score(gold, List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d")));
        assertThat(b.precision()).isEqualTo(1.0);
        // a, b, c each find 1 of 3; d finds 1 of 1
        assertThat(b.recall()).isCloseTo((3 * (1.0 / 3) + 1) / 4, within(1e-9));
    }

    @Test
    void oneBigClusterHasFullRecallAndPartialPrecision() {
        BCubed b = BCubed.score(gold, List.of(List.of("a", "b", "c", "d")));
        assertThat(b.recall()).isEqualTo(1.0);
        assertThat(b.precision()).isCloseTo((3 * 0.75 + 0.25) / 4, within(1e-9));
    }

    @Test
    void itemsLeftOutCountAsAloneAndItemsWithTwoIncidentsBelongWithBoth() {
        Map<String, Set<String>> overlapping = Map.of("a", Set.of("1"), "b", Set.of("1", "2"), "c", Set.of("2"));
        BCubed b = BCubed.score(overlapping, List.of(List.of("a", "b")));
        // a: {a,b} vs gold {a,b} -> 1, 1; b: {a,b} vs gold {a,b,c} -> 1, 2/3; c: alone vs {b,c} -> 1, 1/2
        assertThat(b.precision()).isEqualTo(1.0);
        assertThat(b.recall()).isCloseTo((1 + 2.0 / 3 + 0.5) / 3, within(1e-9));
    }
}
