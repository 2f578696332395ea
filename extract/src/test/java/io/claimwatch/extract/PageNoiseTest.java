package io.claimwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import org.junit.jupiter.api.Test;

class PageNoiseTest {
    private final PageNoise noise = PageNoise.load();

    @Test
    void everyRuleBlanksItsExample() {
        assertThat(noise.rules()).isNotEmpty();
        for (PageNoise.Rule r : noise.rules()) {
            String masked = noise.mask(r.example(), null);
            assertThat(masked).as("rule %s: %s", r.name(), r.example()).hasSameSizeAs(r.example());
            if (r.wholeLine()) {
                assertThat(masked).as("rule %s: %s", r.name(), r.example()).isBlank();
            } else if (r.scope() == PageNoise.Scope.SUFFIX) {
                assertThat(masked).as("rule %s: %s", r.name(), r.example()).endsWith(" ")
                        .startsWith(r.example().substring(0, noise.noiseStart(r.example())));
                assertThat(masked.isBlank()).as("rule %s keeps the rest", r.name()).isFalse();
            } else {
                assertThat(masked).as("rule %s: %s", r.name(), r.example()).startsWith(" ")
                        .endsWith(r.example().substring(noise.noiseEnd(r.example())));
                assertThat(masked.isBlank()).as("rule %s keeps the rest", r.name()).isFalse();
            }
        }
    }

    @Test
    void proseIsKept() {
        String text = "Two men were shot outside a bar on Friday night, police said.\n\n"
                + "Officers found both men in the parking lot at 11:40 p.m.\n"
                + "\"We heard four shots,\" a neighbour said.";
        assertThat(noise.mask(text, "Two men shot outside bar")).isEqualTo(text);
    }

    @Test
    void aListOfOtherHeadlinesIsBlankedButTheOwnHeadlineKept() {
        String text = "Two men shot outside bar\n"
                + "A man and his cousin were shot outside a bar on Friday night.\n\n"
                + "Bridge closed for repairs until May\n"
                + "Woman killed in crash on Route 9\n"
                + "School board votes on new budget\n\n"
                + "Police have not named a suspect.";
        String masked = noise.mask(text, null);
        assertThat(masked).hasSameSizeAs(text).startsWith("Two men shot outside bar\nA man and his cousin")
                .doesNotContain("Woman killed").doesNotContain("Bridge closed").endsWith("named a suspect.");
    }

    @Test
    void aDatelineDoesNotHideTheFigure() {
        String text = "SPRINGFIELD, Ill. (AP) — Six people were injured in a shooting at a nightclub on Sunday.";
        Claim c = Claimwatch.extractor().extract(new Article("t", text, null, Sentences.PUBLISHED, "Wire", null))
                .stream().filter(x -> x.quantity() != null).findFirst().orElseThrow();
        assertThat(c.quantity().value()).isEqualTo(6);
        assertThat(text.substring(c.quantity().span().start(), c.quantity().span().end())).isEqualTo("Six");
    }

    @Test
    void claimsFromAnotherStoryInTheVideoListAreNotExtracted() {
        String text = "A teenager was wounded in a shooting on Elm Street on Tuesday.\n\n"
                + "1:12 Three killed in house fire in Riverside\n";
        assertThat(Sentences.extract(text)).filteredOn(x -> x.quantity() != null).extracting(x -> x.quantity().value())
                .containsExactly(1L);
    }

    @Test
    void aRunInHeadlineEndsItsOwnSentence() {
        String text = "Rebels shell army post in Hama AFP Monday 3 Mar 2015 Two soldiers were killed on Monday.";
        String masked = noise.mask(text, "Rebels shell army post in Hama");
        assertThat(masked).hasSameSizeAs(text).startsWith("Rebels shell army post in Hama\n")
                .doesNotContain("AFP").endsWith("Two soldiers were killed on Monday.");
        // a title the text does not run in, or one that ends its sentence, changes nothing
        assertThat(noise.mask("Two soldiers were killed in Hama on Monday.", "Rebels shell army post"))
                .isEqualTo("Two soldiers were killed in Hama on Monday.");
        assertThat(PageNoise.breakAfterRunInTitle("Army post shelled. Two soldiers died.", "Army post shelled."))
                .isEqualTo("Army post shelled. Two soldiers died.");
    }

    @Test
    void aRunInHeadlineKeepsItsFigureApartFromTheLead() {
        String title = "Militants execute four hostages in Deir Ezzor";
        String text = title + " AFP Saturday 21 Jun 2014 Militants from the group have executed four hostages taken"
                + " last week, a monitor said.";
        assertThat(Claimwatch.extractor().extract(new Article("t", text, title, Sentences.PUBLISHED, "Wire", null)))
                .filteredOn(c -> c.quantity() != null && c.span().start() < title.length())
                .extracting(c -> c.quantity().value()).containsExactly(4L);
    }
}
