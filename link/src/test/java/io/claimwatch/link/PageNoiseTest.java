package io.claimwatch.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageNoiseTest {
    private static Article page(String id, String outlet, String title, String text) {
        return new Article(id, text, title, LocalDate.of(2017, 3, 16), outlet, null);
    }

    @Test
    void theSitesNameInItsTitlesIsNotPartOfTheStory() {
        Article a = page("a", "abc57.com", "Fatal shooting on Bendix - ABC57 News - See the Difference Michiana", "One man died.");
        Article b = page("b", "abc57.com", "Body identified in deadly shooting - ABC57 News - See the Difference Michiana", "Police named him.");
        Article c = page("c", "wsbt.com", "Man shot on Main Street - ABC57 News", "A man was hurt.");
        PageNoise noise = new PageNoise(List.of(a, b, c));
        assertThat(noise.title(a)).isEqualTo("Fatal shooting on Bendix");
        assertThat(noise.title(b)).isEqualTo("Body identified in deadly shooting");
        // another outlet's title keeps the part: it is on one of its pages only
        assertThat(noise.title(c)).isEqualTo("Man shot on Main Street - ABC57 News");
    }

    @Test
    void aLineTheOutletPrintsOnTwoPagesIsFurniture() {
        Article a = page("a", "x.com", "One", "Two men were shot on Friday.\nSign up for our newsletter");
        Article b = page("b", "x.com", "Two", "A woman was hurt on Sunday.\nSign up for our newsletter");
        PageNoise noise = new PageNoise(List.of(a, b));
        assertThat(noise.story(a)).isEqualTo("Two men were shot on Friday.");
    }
}
