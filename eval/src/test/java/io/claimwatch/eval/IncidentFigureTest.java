package io.claimwatch.eval;

import static io.claimwatch.eval.Fixtures.at;
import static io.claimwatch.eval.IncidentFigure.LEDE_CHARS;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.EventType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncidentFigureTest {
    private static final EventType K = EventType.KILLED;

    @Test
    void takesTheLargestOfSeveralLedeClaims() {
        var f = IncidentFigure.ofArticle("d", List.of(at(100, K, 2L), at(10, K, 1L)), K);
        assertThat(f.value()).isEqualTo(2);
        assertThat(f.claim().span().start()).isEqualTo(100);
        assertThat(f.docId()).isEqualTo("d");
    }

    @Test
    void ignoresALargerClaimBelowTheLede() {
        var f = IncidentFigure.ofArticle("d", List.of(at(10, K, 1L), at(LEDE_CHARS + 10, K, 5L)), K);
        assertThat(f.value()).isEqualTo(1);
    }

    @Test
    void takesTheEarliestClaimWhenNoneIsInTheLede() {
        var f = IncidentFigure.ofArticle("d", List.of(at(LEDE_CHARS + 50, K, 9L), at(LEDE_CHARS + 10, K, 4L)), K);
        assertThat(f.value()).isEqualTo(4);
    }

    @Test
    void readsOnlyTheFirstClaimsOfTheType() {
        assertThat(IncidentFigure.MAX_CLAIMS).isEqualTo(3);
        var f = IncidentFigure.ofArticle("d", List.of(at(10, K, 1L), at(20, K, 1L), at(30, K, 1L), at(40, K, 7L)), K);
        assertThat(f.value()).isEqualTo(1);
    }

    @Test
    void readsOnlyClaimsOfTheTypeWithAFigure() {
        var f = IncidentFigure.ofArticle("d",
                List.of(at(10, EventType.INJURED, 6L), at(20, K, null), at(30, K, 2L)), K);
        assertThat(f.value()).isEqualTo(2);
        assertThat(IncidentFigure.ofArticle("d", List.of(at(10, EventType.INJURED, 6L)), K))
                .isEqualTo(IncidentFigure.Figure.NONE);
    }

    @Test
    void takesTheLargestFigureOverArticlesAndTheEarlierArticleOnATie() {
        Map<String, List<io.claimwatch.model.Claim>> claims = Map.of(
                "early", List.of(at(10, K, 2L)),
                "late", List.of(at(10, K, 3L)),
                "same", List.of(at(10, K, 3L)));
        var f = IncidentFigure.ofIncident(List.of("early", "late", "same", "absent"), claims, K);
        assertThat(f.value()).isEqualTo(3);
        assertThat(f.docId()).isEqualTo("late");
        assertThat(IncidentFigure.ofIncident(List.of("absent"), claims, K)).isEqualTo(IncidentFigure.Figure.NONE);
    }

    @Test
    void aRoundupTotalIsNotTheIncidentsFigure() {
        var total = Fixtures.at(10, K, 7L);
        var roundup = new io.claimwatch.model.Claim(total.id(), total.article(),
                "Seven people were killed in separate shootings", total.span(), total.event(), total.quantity(),
                null, null, null, null, List.of(), total.status(), List.of());
        var f = IncidentFigure.ofArticle("d", List.of(roundup, at(200, K, 1L)), K);
        assertThat(f.value()).isEqualTo(1);
    }
}
