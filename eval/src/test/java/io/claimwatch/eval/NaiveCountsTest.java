package io.claimwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaiveCountsTest {
    private static List<String> found(String text) {
        return NaiveCounts.claims("d", text).stream()
                .map(c -> c.event().type().id() + " " + c.quantity().value()).toList();
    }

    @Test
    void aNumberAFewWordsBeforeACueIsAFigure() {
        assertThat(found("At least 12 people were killed and three wounded.")).containsExactly("killed 12",
                "injured 3");
    }

    @Test
    void moreThanFourWordsBetweenIsNotAFigure() {
        assertThat(found("12 of the people in the old town died.")).isEmpty();
    }

    @Test
    void aPersonCountsOne() {
        assertThat(found("A man was shot dead.")).containsExactly("killed 1");
    }

    @Test
    void itReadsNumberWordsInsideWordsAsNaiveCountsDoes() {
        // no word boundary before the number in naive_counts.py: "someone" holds "one"
        assertThat(found("Someone was killed.")).containsExactly("killed 1");
    }

    @Test
    void spansAreInCodePoints() {
        List<Claim> claims = NaiveCounts.claims("d", "\uD83D\uDCF0 5 killed");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.span().start()).isEqualTo(2);
            assertThat(c.event().type()).isEqualTo(EventType.KILLED);
        });
    }
}
