package io.claimwatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aTextFileIsOneEnglishArticleWithTheCommandLineMetadata() throws IOException {
        String text = "Two soldiers were killed when their vehicle hit a mine near the border, the ministry said.";
        Path file = file("mine.txt", text);
        var d = Read.of(file, new Defaults(LocalDate.of(2025, 3, 2), "Example Times", null)).onlyDocument();
        assertThat(d.origin()).isEqualTo(file.toString());
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.skipReason()).isNull();
        Article a = d.article();
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(a.outlet()).isEqualTo("Example Times");
        assertThat(a.id()).isEqualTo(ArticleIds.of(null, text));
    }

    @Test
    void theGivenUrlMakesTheId() throws IOException {
        Path file = file("a.txt", "Police said a car bomb wounded six people outside the court building.");
        var a = Read.of(file, new Defaults(null, null, "https://example.com/bomb/")).onlyDocument().article();
        assertThat(a.url()).isEqualTo("https://example.com/bomb/");
        assertThat(a.id()).isEqualTo(ArticleIds.of("https://example.com/bomb", "other text"));
    }

    @Test
    void aShortUnpunctuatedFirstLineIsTheTitleAndStaysInTheText() throws IOException {
        String text = "Mine kills two soldiers near border\n\nTwo soldiers were killed when their vehicle hit a mine.";
        var a = Read.of(file("t.txt", text)).onlyDocument().article();
        assertThat(a.title()).isEqualTo("Mine kills two soldiers near border");
        assertThat(a.text()).isEqualTo(text);
    }

    @Test
    void aFirstLineEndingWithAFullStopIsProseNotATitle() {
        assertThat(PlainText.title("Two soldiers were killed by a mine.\nThe ministry confirmed it.")).isNull();
    }

    @Test
    void aSingleLineHasNoTitle() {
        assertThat(PlainText.title("Mine kills two soldiers near border\n")).isNull();
    }

    @Test
    void aLongFirstLineIsNoTitle() {
        String line = "word ".repeat(30).strip();
        assertThat(PlainText.title(line + "\nmore text")).isNull();
    }

    @Test
    void aByteOrderMarkIsDropped() throws IOException {
        Path file = dir.resolve("bom.txt");
        Files.write(file, ("\uFEFFThe army said three drones were shot down over the city overnight.")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Read.of(file).onlyDocument().article().text()).startsWith("The army");
    }
}
