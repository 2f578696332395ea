package io.claimwatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GzipTest {
    @TempDir
    Path dir;

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** Lines of varied text, so that the compressed stream is long enough to cut in the middle. */
    private static String corpus(int lines) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            b.append("{\"id\": \"n").append(i).append("\", \"text\": \"Report ").append(i)
                    .append(": officials said ").append(i * 7919 % 1000).append(" homes lost power after strike number ")
                    .append(i * 104729 % 997).append(" on the grid.\"}\n");
        }
        return b.toString();
    }

    @Test
    void aGzippedFileIsReadByItsInnerName() throws IOException {
        Path file = Files.write(dir.resolve("docs.jsonl.gz"), gzip(corpus(3)));
        Read read = Read.of(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.documents()).extracting(Input.Document::origin)
                .containsExactly(file + ":1", file + ":2", file + ":3");
    }

    @Test
    void aGzippedTextIsOneArticle() throws IOException {
        Path file = Files.write(dir.resolve("story.txt.gz"), gzip("The bridge was destroyed overnight, the army said."));
        assertThat(Read.of(file).onlyDocument().article().text()).isEqualTo("The bridge was destroyed overnight, the army said.");
    }

    @Test
    void aTruncatedGzipGivesTheLinesBeforeTheCutAndOneProblem() throws IOException {
        byte[] whole = gzip(corpus(400));
        Path file = Files.write(dir.resolve("docs.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
        Read read = Read.of(file);
        assertThat(read.documents()).hasSizeGreaterThan(10).hasSizeLessThan(400);
        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("truncated"));
        assertThat(read.inputs().get(read.inputs().size() - 1)).isInstanceOf(Input.Problem.class);
    }

    @Test
    void aTruncatedGzippedTextIsAProblemNotHalfAnArticle() throws IOException {
        byte[] whole = gzip(corpus(50));
        Path file = Files.write(dir.resolve("story.txt.gz"), Arrays.copyOf(whole, whole.length / 2));
        assertThat(Read.of(file).onlyProblem().reason()).startsWith("truncated");
    }

    @Test
    void aGzFileThatIsNotGzipIsAProblem() throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt.gz"), "plain text pretending");
        assertThat(Read.of(file).onlyProblem().reason()).startsWith("corrupt gzip data");
    }

    @Test
    void anUnknownInnerNameIsSniffed() throws IOException {
        Path file = Files.write(dir.resolve("download.gz"), gzip("<html><body><p>Two shells hit the port, the harbour master said.</p></body></html>"));
        assertThat(Read.of(file).onlyDocument().article().text()).isEqualTo("Two shells hit the port, the harbour master said.");
    }
}
