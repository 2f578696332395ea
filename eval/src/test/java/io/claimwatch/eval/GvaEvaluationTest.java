package io.claimwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.claimwatch.model.EventType;
import io.claimwatch.model.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Fixture gold (incident: killed, injured) and what the fixed claims give:
 * 1001 (a1, a2): gold 3, 2; predicted 3 (max of a1's 2 and a2's 3), 2.
 * 1002 (a3):     gold 1, 2; predicted 1 (the 5 below the lede is ignored), 1.
 * 1003 (a4):     gold 0, 1; predicted 0, 0 (no claims).
 */
class GvaEvaluationTest {
    private static final double EPS = 1e-9;

    @Test
    void scoresAccuracyMaeAndTheMajorityBaseline() throws IOException {
        Fixtures.Gva gva = new Fixtures.Gva();
        var r = GvaEvaluation.run(Fixtures.resource("gva"), gva::extract, 0, 3, line -> { });

        assertThat(r.incidents()).isEqualTo(3);
        assertThat(r.articles()).isEqualTo(4);
        var killed = r.scores().get(0);
        assertThat(killed.type()).isEqualTo(EventType.KILLED);
        assertThat(killed.n()).isEqualTo(3);
        assertThat(killed.accuracy()).isCloseTo(1.0, within(EPS));
        assertThat(killed.mae()).isCloseTo(0.0, within(EPS));
        // gold 3, 1, 0: a three-way tie goes to the smallest count
        assertThat(killed.majority()).isEqualTo(0);
        assertThat(killed.majorityAccuracy()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(killed.majorityMae()).isCloseTo(4.0 / 3, within(EPS));

        var injured = r.scores().get(1);
        assertThat(injured.type()).isEqualTo(EventType.INJURED);
        assertThat(injured.n()).isEqualTo(3);
        assertThat(injured.accuracy()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(injured.mae()).isCloseTo(2.0 / 3, within(EPS));
        // gold 2, 2, 1
        assertThat(injured.majority()).isEqualTo(2);
        assertThat(injured.majorityAccuracy()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(injured.majorityMae()).isCloseTo(1.0 / 3, within(EPS));
    }

    @Test
    void recordsWhatDecidedEachWrongFigure() throws IOException {
        var r = GvaEvaluation.run(Fixtures.resource("gva"), new Fixtures.Gva()::extract, 0, 1, line -> { });
        assertThat(r.errors()).containsExactly(
                new GvaEvaluation.ErrorRecord("1002", EventType.INJURED, 2, 1, "a3", "another was hurt",
                        new Span(28, 44)),
                new GvaEvaluation.ErrorRecord("1003", EventType.INJURED, 1, 0, null, null, null));
    }

    @Test
    void extractsEachArticleOnceForBothTypes() throws IOException {
        Fixtures.Gva gva = new Fixtures.Gva();
        GvaEvaluation.run(Fixtures.resource("gva"), gva::extract, 0, 4, line -> { });
        assertThat(gva.calls).containsOnlyKeys("a1", "a2", "a3", "a4");
        assertThat(gva.calls.values()).extracting(AtomicInteger::get).containsOnly(1);
    }

    @Test
    void limitKeepsTheFirstIncidentsInFileOrder() throws IOException {
        Fixtures.Gva gva = new Fixtures.Gva();
        List<String> progress = new ArrayList<>();
        var r = GvaEvaluation.run(Fixtures.resource("gva"), gva::extract, 1, 2, progress::add);
        assertThat(r.incidents()).isEqualTo(1);
        assertThat(r.articles()).isEqualTo(2);
        assertThat(gva.calls).containsOnlyKeys("a1", "a2");
        assertThat(r.scores()).extracting(GvaEvaluation.TypeScore::n).containsExactly(1, 1);
        assertThat(r.errors()).isEmpty();
        assertThat(progress).containsExactly("extracted 2/2 articles");
    }

    @Test
    void anExtractionFailureScoresAsNoClaims() throws IOException {
        Fixtures.Gva gva = new Fixtures.Gva();
        var r = GvaEvaluation.run(Fixtures.resource("gva"), a -> {
            if (a.id().equals("a2")) {
                throw new IllegalStateException("parser broke");
            }
            return gva.extract(a);
        }, 0, 2, line -> { });
        assertThat(r.failures()).containsOnlyKeys("a2");
        assertThat(r.failures().get("a2")).contains("parser broke");
        // without a2, incident 1001 gets a1's 2 killed: one more wrong figure, off by one
        assertThat(r.scores().get(0).accuracy()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(r.scores().get(0).mae()).isCloseTo(1.0 / 3, within(EPS));
    }
}
