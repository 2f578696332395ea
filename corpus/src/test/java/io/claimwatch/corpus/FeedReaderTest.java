package io.claimwatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
    @TempDir
    Path dir;

    @Test
    void eachRssItemWithADescriptionIsAnArticleAndTheBrokenOneAProblem() {
        Path feed = Read.resource("feed.rss");
        Read read = Read.of(feed);
        assertThat(read.inputs()).extracting(Input::origin)
                .containsExactly(feed + "#entry-1", feed + "#entry-2", feed + "#entry-3");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.origin()).isEqualTo(feed + "#entry-2");
            assertThat(p.reason()).isEqualTo("an entry without content or description");
        });
        Article first = read.documents().get(0).article();
        assertThat(first.title()).isEqualTo("Convoy hit on coastal road");
        assertThat(first.outlet()).isEqualTo("Frontline Dispatch");
        assertThat(first.published()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(first.url()).isEqualTo("https://dispatch.example.org/2025/04/convoy-coastal-road");
        assertThat(first.id()).isEqualTo(ArticleIds.of(first.url(), null));
        assertThat(first.text()).isEqualTo("Four aid workers were injured when their convoy was shelled on the coastal road, "
                + "the charity said.\n\nThe convoy was carrying medical supplies to a field hospital.");
    }

    @Test
    void atomContentIsCleanedAndAnIdThatIsALinkServesAsTheUrl() {
        Path feed = Read.resource("feed.atom");
        Read read = Read.of(feed);
        assertThat(read.problems()).extracting(Input.Problem::origin).containsExactly(feed + "#entry-2");
        assertThat(read.documents()).hasSize(2);
        Article first = read.documents().get(0).article();
        assertThat(first.outlet()).isEqualTo("Valley Observer");
        assertThat(first.published()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(first.text()).startsWith("Authorities ordered the evacuation").doesNotContain("Share on social media");
        Article third = read.documents().get(1).article();
        assertThat(third.url()).isEqualTo("https://observer.example.net/news/ceasefire-talks-resume");
        assertThat(third.published()).as("updated, when never published").isEqualTo(LocalDate.of(2025, 5, 7));
        assertThat(third.text()).startsWith("Delegations from both sides");
    }

    @Test
    void anXmlFileIsReadWhenItIsAFeed() throws IOException {
        Path xml = Files.copy(Read.resource("feed.rss"), dir.resolve("news.xml"));
        assertThat(Read.of(xml).documents()).hasSize(2);
    }

    @Test
    void anXmlFileThatIsNoFeedIsAProblem() throws IOException {
        Path xml = Files.writeString(dir.resolve("catalog.xml"), "<?xml version=\"1.0\"?><catalog><book>x</book></catalog>");
        assertThat(Read.of(xml).onlyProblem().reason()).isEqualTo("XML, but not an RSS or Atom feed");
    }

    @Test
    void aFeedThatIsNotWellFormedIsOneProblem() throws IOException {
        Path rss = Files.writeString(dir.resolve("broken.rss"),
                "<rss version=\"2.0\"><channel><title>T</title><item><title>Unclosed</item></channel></rss>");
        assertThat(Read.of(rss).onlyProblem().reason()).startsWith("not a readable RSS or Atom feed");
    }

    @Test
    void doctypesAreRefusedSoNoExternalEntityIsEverLoaded() throws IOException {
        Path rss = Files.writeString(dir.resolve("xxe.rss"), "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>T</title><item><description>&x;"
                + "</description></item></channel></rss>");
        assertThat(Read.of(rss).onlyProblem().reason()).contains("DOCTYPE is disallowed");
    }
}
