package io.claimwatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.ArticleRef;
import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.Event;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Evidence;
import io.claimwatch.model.PartyKind;
import io.claimwatch.model.Qualifier;
import io.claimwatch.model.Quantity;
import io.claimwatch.model.Span;
import io.claimwatch.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleMarkupTest {
    /** "🔥 At least 12 people were killed, the governor said." with spans in code points (the emoji is one). */
    private static final String TEXT = "🔥 At least 12 people were killed, the governor said.";

    private static Claim claim(String id, Span figure, Span subject, Span trigger) {
        return new Claim(id, new ArticleRef("a", null, null, null), "At least 12 people were killed", new Span(2, 32),
                new Event(EventType.KILLED, new Evidence("killed", trigger)),
                new Quantity("At least 12", 12, Qualifier.AT_LEAST, 12L, null, figure),
                subject == null ? null : new Evidence("people", subject), null, null, null,
                List.of(new Attribution("governor", PartyKind.GOVERNMENT, "the governor", new Span(34, 46), "said", new Span(47, 51))),
                Status.REPORTED, List.of());
    }

    private static final Claim CLAIM = claim("c1", new Span(2, 13), new Span(14, 20), new Span(26, 32));

    @Test
    void codePointSpansLandOnTheRightWordsAfterAnEmoji() {
        List<ArticleMarkup.Run> runs = ArticleMarkup.runs(TEXT, 0, List.of(CLAIM), true);
        assertThat(runs).filteredOn(r -> r.parts().contains("figure")).extracting(ArticleMarkup.Run::text).containsExactly("At least 12");
        assertThat(runs).filteredOn(r -> r.parts().contains("subject")).extracting(ArticleMarkup.Run::text).containsExactly("people");
        assertThat(runs).filteredOn(r -> r.parts().contains("event")).extracting(ArticleMarkup.Run::text).containsExactly("killed");
        assertThat(runs).filteredOn(r -> r.parts().contains("source")).extracting(ArticleMarkup.Run::text).containsExactly("the governor");
        assertThat(runs).filteredOn(r -> r.parts().contains("cue")).extracting(ArticleMarkup.Run::text).containsExactly("said");
    }

    @Test
    void runsCoverTheWholeTextOnceInOrder() {
        List<ArticleMarkup.Run> runs = ArticleMarkup.runs(TEXT, 0, List.of(CLAIM), true);
        assertThat(String.join("", runs.stream().map(ArticleMarkup.Run::text).toList())).isEqualTo(TEXT);
        assertThat(runs.get(0).marked()).isFalse();
    }

    @Test
    void overlappingClaimsGiveFlatRunsNamingBoth() {
        Claim other = claim("c2", new Span(2, 13), null, new Span(26, 32));
        List<ArticleMarkup.Run> runs = ArticleMarkup.runs(TEXT, 0, List.of(CLAIM, other), true);
        ArticleMarkup.Run figure = runs.stream().filter(r -> r.parts().contains("figure")).findFirst().orElseThrow();
        assertThat(figure.claims()).containsExactly("c1", "c2");
        assertThat(figure.classes()).isEqualTo("hl hl-figure hl-claim");
        assertThat(figure.claimIds()).isEqualTo("c1 c2");
    }

    @Test
    void aClaimSentenceAloneIsMarkedRelativeToItsOwnStart() {
        List<ArticleMarkup.Run> runs = ArticleMarkup.runs(CLAIM.text(), CLAIM.span().start(), List.of(CLAIM), false);
        assertThat(runs).extracting(ArticleMarkup.Run::text).containsExactly("At least 12", " ", "people", " were ", "killed");
        assertThat(runs).noneMatch(r -> r.parts().contains("claim") || r.parts().contains("source"));
    }

    @Test
    void spansBeyondTheTextAreClipped() {
        Claim broken = claim("c3", new Span(40, 400), null, new Span(26, 32));
        List<ArticleMarkup.Run> runs = ArticleMarkup.runs("short 🔥 text", 0, List.of(broken), true);
        assertThat(String.join("", runs.stream().map(ArticleMarkup.Run::text).toList())).isEqualTo("short 🔥 text");
    }
}
