package io.claimwatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    @TempDir
    Path dir;

    private Input.Problem problemOf(String name, byte[] bytes) throws IOException {
        return Read.of(Files.write(dir.resolve(name), bytes)).onlyProblem();
    }

    @Test
    void anEmptyFile() throws IOException {
        assertThat(problemOf("empty.txt", new byte[0]).reason()).isEqualTo("empty");
    }

    @Test
    void onlyWhitespace() throws IOException {
        assertThat(problemOf("blank.txt", "  \n\t\n".getBytes(StandardCharsets.UTF_8)).reason()).isEqualTo("only whitespace");
    }

    @Test
    void binaryData() throws IOException {
        var p = problemOf("archive.txt", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3});
        assertThat(p.reason()).isEqualTo("binary data, not text");
        assertThat(p.origin()).endsWith("archive.txt");
    }

    @Test
    void binaryDataWithoutAnExtensionIsSniffedAsTextAndRefused() throws IOException {
        assertThat(problemOf("blob", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}).reason())
                .isEqualTo("binary data, not text");
    }

    @Test
    void notUtf8() throws IOException {
        byte[] latin1 = "Trois soldats ont \u00e9t\u00e9 tu\u00e9s.".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problemOf("latin1.txt", latin1).reason()).startsWith("not UTF-8 text");
    }

    @Test
    void largerThanTheLimit() throws IOException {
        byte[] huge = new byte[(int) CorpusReader.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        assertThat(problemOf("huge.txt", huge).reason()).startsWith("too large");
    }

    @Test
    void exactlyTheLimitIsAllowed() {
        byte[] bytes = new byte[(int) CorpusReader.MAX_BYTES];
        Arrays.fill(bytes, (byte) 'a');
        assertThat(bytes.length).isEqualTo(CorpusReader.MAX_BYTES);
        // reading it runs the language check on 10 MB; PlainText.readArticle alone is what the limit is about
        assertThat(PlainTextLimit.accepts(bytes)).isTrue();
    }

    @Test
    void aMissingFile() {
        var p = Read.of(dir.resolve("missing.txt")).onlyProblem();
        assertThat(p.reason()).isEqualTo("no such file");
        assertThat(p.origin()).endsWith("missing.txt");
    }

    @Test
    void frenchTextIsADocumentThatIsSkipped() throws IOException {
        Path file = Files.writeString(dir.resolve("french.txt"), "Trois soldats ont \u00e9t\u00e9 tu\u00e9s dans le "
                + "bombardement de la ville, a indiqu\u00e9 l'arm\u00e9e dans un communiqu\u00e9 publi\u00e9 samedi soir.");
        var d = Read.of(file).onlyDocument();
        assertThat(d.language()).isEqualTo("fr");
        assertThat(d.skipReason()).isEqualTo("not English (detected: French)");
        assertThat(d.article().text()).startsWith("Trois soldats");
    }

    /** {@link PlainText#readArticle} on its own, to test the boundary without a 10 MB language check. */
    private static final class PlainTextLimit {
        static boolean accepts(byte[] bytes) {
            try {
                PlainText.readArticle(new java.io.ByteArrayInputStream(bytes));
                return true;
            } catch (Unreadable e) {
                return false;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void anArticleTooLongToExtractIsReadButSkippedWithItsReason() throws IOException {
        String sentence = "At least 12 people were killed in the strike on Sumy, the governor said. ";
        String text = sentence.repeat(Documents.MAX_EXTRACTED_CHARS / sentence.length() + 1);  // one line, ~500 KB
        Input.Document d = Read.of(Files.writeString(dir.resolve("long.txt"), text)).onlyDocument();
        assertThat(d.article().text().strip()).isEqualTo(text.strip());
        assertThat(d.skipReason()).isEqualTo(String.format("too long to extract: %,d characters, over %,d",
                d.article().text().length(), Documents.MAX_EXTRACTED_CHARS));
    }

    @Test
    void anArticleAtTheExtractionLimitIsExtracted() throws IOException {
        String text = "Two soldiers were wounded near Toretsk on Monday, the army said. ";
        text = text.repeat(Documents.MAX_EXTRACTED_CHARS / text.length()).strip();
        assertThat(Read.of(Files.writeString(dir.resolve("limit.txt"), text)).onlyDocument().skipReason()).isNull();
    }
}
