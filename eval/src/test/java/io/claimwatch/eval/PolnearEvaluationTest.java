package io.claimwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.claimwatch.eval.PolnearEvaluation.Matching;
import io.claimwatch.model.Span;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fixture: 4 gold relations with a source (p1: 2, p2: 2; p1's third has none) and 5 claims with an
 * attribution (see {@link Fixtures#polnear}): content matches 4, source overlaps 3, exact sources 2.
 */
class PolnearEvaluationTest {
    private static final double EPS = 1e-9;

    @Test
    void readsOnlyRelationsWithASource() throws IOException {
        var gold = PolnearEvaluation.readGold(Fixtures.resource("polnear").resolve("gold.jsonl"));
        assertThat(gold.relations().get("p1")).hasSize(2);
        assertThat(gold.relations().get("p2").get(1).sources())
                .containsExactly(new Span(111, 120), new Span(122, 131));
        // p2's E3 says has_source but has no content span; p1's E4 has no source span
        assertThat(gold.unscorable()).isEqualTo(2);
    }

    @Test
    void scoresOverlapAndExactSourceMatching() throws IOException {
        var r = PolnearEvaluation.run(Fixtures.resource("polnear"), Fixtures::polnear, 0, 2, line -> { });
        assertThat(r.docs()).isEqualTo(2);

        var content = r.score(Matching.CONTENT_ONLY);
        assertThat(List.of(content.gold(), content.predicted(), content.found(), content.correct()))
                .containsExactly(4, 5, 4, 4);
        assertThat(content.precision()).isCloseTo(0.8, within(EPS));
        assertThat(content.recall()).isCloseTo(1.0, within(EPS));
        assertThat(content.f1()).isCloseTo(16.0 / 18, within(EPS));

        var overlap = r.score(Matching.OVERLAP);
        assertThat(List.of(overlap.gold(), overlap.predicted(), overlap.found(), overlap.correct()))
                .containsExactly(4, 5, 3, 3);
        assertThat(overlap.precision()).isCloseTo(0.6, within(EPS));
        assertThat(overlap.recall()).isCloseTo(0.75, within(EPS));
        assertThat(overlap.f1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(EPS));

        var exact = r.score(Matching.EXACT_SOURCE);
        assertThat(List.of(exact.gold(), exact.predicted(), exact.found(), exact.correct()))
                .containsExactly(4, 5, 2, 2);
        assertThat(exact.precision()).isCloseTo(0.4, within(EPS));
        assertThat(exact.recall()).isCloseTo(0.5, within(EPS));
        assertThat(exact.f1()).isCloseTo(4.0 / 9, within(EPS));
    }

    @Test
    void limitKeepsTheFirstArticles() throws IOException {
        var r = PolnearEvaluation.run(Fixtures.resource("polnear"), Fixtures::polnear, 1, 1, line -> { });
        assertThat(r.docs()).isEqualTo(1);
        var overlap = r.score(Matching.OVERLAP);
        assertThat(List.of(overlap.gold(), overlap.predicted(), overlap.found(), overlap.correct()))
                .containsExactly(2, 3, 2, 2);
        assertThat(overlap.precision()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(overlap.recall()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void nothingPredictedScoresZeroNotNaN() throws IOException {
        var r = PolnearEvaluation.run(Fixtures.resource("polnear"), a -> List.of(), 0, 1, line -> { });
        var overlap = r.score(Matching.OVERLAP);
        assertThat(overlap.precision()).isZero();
        assertThat(overlap.recall()).isZero();
        assertThat(overlap.f1()).isZero();
    }
}
