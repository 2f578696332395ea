package io.claimwatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    @Test
    void anIdIsTheSha1HexOfTheNormalisedUrl() {
        assertThat(ArticleIds.of("https://news.example.com/a/b", "text"))
                .isEqualTo(ArticleIds.sha1("https://news.example.com/a/b"))
                .hasSize(40).matches("[0-9a-f]{40}");
    }

    @Test
    void schemeAndHostAreCaseInsensitiveThePathIsNot() {
        assertThat(ArticleIds.normaliseUrl("HTTPS://News.Example.COM/World/Story"))
                .isEqualTo("https://news.example.com/World/Story");
    }

    @Test
    void fragmentTrackingParametersAndTrailingSlashAreDropped() {
        assertThat(ArticleIds.normaliseUrl(
                "https://news.example.com/world/story/?id=7&utm_source=rss&UTM_Medium=x&fbclid=abc&gclid=def#comments"))
                .isEqualTo("https://news.example.com/world/story?id=7");
        assertThat(ArticleIds.of("https://news.example.com/world/story/?utm_campaign=x", "a"))
                .isEqualTo(ArticleIds.of("https://news.example.com/world/story", "b"));
    }

    @Test
    void otherParametersKeepTheirOrderAndMakeADifferentArticle() {
        assertThat(ArticleIds.of("https://e.com/story?id=1&page=2", null))
                .isNotEqualTo(ArticleIds.of("https://e.com/story?id=2&page=2", null));
        assertThat(ArticleIds.normaliseUrl("https://e.com/story?page=2&id=1")).isEqualTo("https://e.com/story?page=2&id=1");
    }

    @Test
    void defaultPortsAreDroppedOthersKept() {
        assertThat(ArticleIds.normaliseUrl("http://e.com:80/a")).isEqualTo("http://e.com/a");
        assertThat(ArticleIds.normaliseUrl("https://e.com:443/a")).isEqualTo("https://e.com/a");
        assertThat(ArticleIds.normaliseUrl("https://e.com:8443/a")).isEqualTo("https://e.com:8443/a");
    }

    @Test
    void anUnparseableUrlIsStillAnIdentifier() {
        assertThat(ArticleIds.normaliseUrl("https://e.com/a story#x")).isEqualTo("https://e.com/a story");
    }

    @Test
    void sameTextWithDifferentWhitespaceAndCaseGivesTheSameId() {
        String a = "Two  soldiers were killed\n\nin the   shelling, the army said.";
        String b = " two soldiers WERE killed in the shelling,\tthe army said.\n";
        assertThat(ArticleIds.of(null, a)).isEqualTo(ArticleIds.of(null, b));
        assertThat(ArticleIds.of("  ", a)).isEqualTo(ArticleIds.of(null, b));
    }

    @Test
    void compatibilityFormsAreOneText() {
        // NFKC: the "ﬁ" ligature is "fi", a no-break space a space
        assertThat(ArticleIds.of(null, "ﬁre\u00a0crews")).isEqualTo(ArticleIds.of(null, "fire crews"));
    }

    @Test
    void differentTextsGiveDifferentIds() {
        assertThat(ArticleIds.of(null, "Two soldiers were killed.")).isNotEqualTo(ArticleIds.of(null, "Three soldiers were killed."));
    }
}
