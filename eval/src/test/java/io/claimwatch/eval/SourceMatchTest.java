package io.claimwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Attribution;
import io.claimwatch.model.PartyKind;
import org.junit.jupiter.api.Test;

class SourceMatchTest {
    private static Attribution source(String source, String mention) {
        return new Attribution(source, PartyKind.UNKNOWN, mention, null, "said", null);
    }

    @Test
    void aPartOfSourceOriginalIsEnough() {
        assertThat(SourceMatch.matches(source("Ukrainian military", "military"), "Ukrainian military; OSCE")).isTrue();
    }

    @Test
    void stopwordsAndPossessivesDoNotCount() {
        assertThat(SourceMatch.tokens("the Ministry of Defence's spokesman said")).containsExactlyInAnyOrder(
                "ministry", "defence", "spokesman");
    }

    @Test
    void theMentionCanMatchWhenTheSourceDoesNot() {
        assertThat(SourceMatch.matches(source("he", "Interior Ministry"), "Ukrainian Interior Ministry")).isTrue();
    }

    @Test
    void lessThanHalfTheTokensSharedIsNoMatch() {
        assertThat(SourceMatch.matches(source("city hall", "city hall"),
                "Donetsk city administration and Ukrainian media")).isFalse();
    }
}
