package io.claimwatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageTest {
    @TempDir
    Path dir;

    private static final String CANONICAL = "https://courier.example.com/world/2025/03/drone-strike-depot-kharkiv/?utm_source=rss#top";

    private Article article() {
        return Read.of(Read.resource("article.html")).onlyDocument().article();
    }

    @Test
    void metadataComesFromJsonLdBeforeOpenGraph() {
        Article a = article();
        assertThat(a.title()).isEqualTo("Drone strike hits fuel depot near Kharkiv");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(a.outlet()).isEqualTo("The Borderland Courier");
    }

    @Test
    void theCanonicalLinkIsTheUrlAndMakesTheId() {
        Article a = article();
        assertThat(a.url()).isEqualTo(CANONICAL);
        assertThat(a.id()).isEqualTo(ArticleIds.of("https://courier.example.com/world/2025/03/drone-strike-depot-kharkiv", ""));
    }

    @Test
    void theArticleParagraphsAreKeptSeparatedByABlankLine() {
        assertThat(article().text())
                .contains("Two workers were killed and five were injured when a drone struck a fuel depot")
                .contains("the regional governor said in a statement.\n\nFirefighters needed more than six hours")
                .contains("assessed the damage to the storage tanks.");
    }

    @Test
    void navigationRelatedArticlesCommentsAndFooterAreGone() {
        assertThat(article().text())
                .doesNotContain("Weather").doesNotContain("Sport")
                .doesNotContain("Harvest festival").doesNotContain("Related stories").doesNotContain("Celebrity chef")
                .doesNotContain("parking meters").doesNotContain("crossword")
                .doesNotContain("Copyright").doesNotContain("newsletter")
                .doesNotContain("trackingPixel").doesNotContain("color: red");
    }

    @Test
    void openGraphFillsInWhenThereIsNoJsonLd() throws IOException {
        Path page = Files.writeString(dir.resolve("og.html"), """
                <html><head><title>Page title | Site</title>
                <meta property="og:title" content="Open Graph title">
                <meta property="og:site_name" content="The Open Gazette">
                <meta property="og:url" content="https://gazette.example.org/story-1">
                <meta property="article:published_time" content="2024-11-30T23:50:00-05:00">
                </head><body><article><p>Officials said the blast damaged a water treatment plant that serves the
                eastern districts of the city.</p></article></body></html>""");
        Article a = Read.of(page).onlyDocument().article();
        assertThat(a.title()).isEqualTo("Open Graph title");
        assertThat(a.outlet()).isEqualTo("The Open Gazette");
        assertThat(a.url()).isEqualTo("https://gazette.example.org/story-1");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 11, 30));
    }

    @Test
    void withoutMetadataTheCommandLineDefaultsApply() throws IOException {
        Path page = Files.writeString(dir.resolve("bare.html"),
                "<p>Officials said the blast damaged a water treatment plant in the eastern districts.</p>");
        Article a = Read.of(page, new Defaults(LocalDate.of(2025, 1, 5), "Given Outlet", "https://given.example/x"))
                .onlyDocument().article();
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(a.outlet()).isEqualTo("Given Outlet");
        assertThat(a.url()).isEqualTo("https://given.example/x");
        assertThat(a.id()).isEqualTo(ArticleIds.of("https://given.example/x", null));
    }

    @Test
    void aMalformedPageWithUnclosedTagsStillGivesItsText() {
        var d = Read.of(Read.resource("malformed.html")).onlyDocument();
        assertThat(d.article().text())
                .contains("three villages came under artillery fire on Tuesday night")
                .contains("one resident was wounded and taken to hospital")
                .contains("Repair crews restored electricity")
                .contains("a last remark from the mayor");
        assertThat(d.article().title()).startsWith("Shelling reported in border villages");
    }

    @Test
    void aDeclaredLegacyCharsetIsHonoured() throws IOException {
        Path page = dir.resolve("latin1.html");
        Files.write(page, ("<html><head><meta charset=\"windows-1252\"></head><body><p>The caf\u00e9 owner said "
                + "two shells landed on the square near the old market on Sunday.</p></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Read.of(page).onlyDocument().article().text()).contains("caf\u00e9 owner");
    }

    @Test
    void legacyBytesWithoutADeclaredCharsetAreRefused() throws IOException {
        Path page = dir.resolve("latin1.html");
        Files.write(page, "<p>The caf\u00e9 owner said two shells landed on the square.</p>"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Read.of(page).onlyProblem().reason()).startsWith("not UTF-8");
    }

    @Test
    void aPageWithNoTextIsAProblem() throws IOException {
        Path page = Files.writeString(dir.resolve("empty.html"), "<html><head><title>x</title></head><body><nav>Home</nav></body></html>");
        assertThat(Read.of(page).onlyProblem().reason()).isEqualTo("no article text in the page");
    }
}
