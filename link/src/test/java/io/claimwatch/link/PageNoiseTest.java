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

    @Test
    void aBoxOnFivePagesOfFiveSitesIsFurnitureWhateverNameItCarries() {
        String[] authors = {"Dana Reyes", "Marcus Hale", "Lena Okafor", "Tom Brandt", "Iris Vale"};
        List<Article> pages = new java.util.ArrayList<>();
        for (int i = 0; i < authors.length; i++) {
            pages.add(page("p" + i, "site" + i + ".com", "Story " + i, "Story " + i + " told here.\nWhenever "
                    + authors[i] + " posts new content, you'll get an email delivered to your inbox with a link."));
        }
        PageNoise noise = new PageNoise(pages);
        assertThat(noise.story(pages.get(0))).isEqualTo("Story 0 told here.");
    }

    @Test
    void aStoryLineSharedByFourPagesButForItsNamesStays() {
        List<Article> pages = new java.util.ArrayList<>();
        String[] towns = {"Millbrook", "Ashford", "Dunmore", "Kelso"};
        for (int i = 0; i < towns.length; i++) {
            pages.add(page("p" + i, "site" + i + ".com", "Story " + i, "Police in " + towns[i]
                    + " said the shooting happened shortly after midnight near a gas station."));
        }
        PageNoise noise = new PageNoise(pages);
        assertThat(noise.story(pages.get(0))).startsWith("Police in Millbrook");
    }

    @Test
    void aTemplateBlanksNamesAndNumbers() {
        assertThat(PageNoise.template("Police said Smith, 24, was hit.")).isEqualTo("# said #, #, was hit.");
    }

    @Test
    void aShortLineOfFiveStoriesAlikeButForItsNamesStays() {
        String[] names = {"Smith", "Jones", "Brown", "Lee", "Diaz"};
        List<Article> pages = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            pages.add(page("p" + i, "site" + i + ".com", "Story " + i, "Police said " + names[i] + ", 2" + i + ", was hit."));
        }
        assertThat(new PageNoise(pages).story(pages.get(0))).isEqualTo("Police said Smith, 20, was hit.");
    }
}
