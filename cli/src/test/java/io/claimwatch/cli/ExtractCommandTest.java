package io.claimwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.corpus.ArticleIds;
import io.claimwatch.corpus.CorpusReader;
import io.claimwatch.model.ClaimSchemaValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyLineOfTheOutputIsAValidClaim() {
        CliRun run = CliRun.of("extract", "../examples/pavlohrad-strike-meridian.txt", "--published", "2025-03-16",
                "--outlet", "Meridian Wire");
        assertThat(run.exitCode()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines.length).isGreaterThan(3);
        for (String line : lines) {
            assertThat(ClaimSchemaValidator.validate(line)).as(line).isEmpty();
        }
    }

    @Test
    void badFilesAreNamedWithTheirReasonAndTheGoodOnesStillProcessed() throws IOException {
        String goodText = "Three soldiers were killed in the shelling, the army said.";
        Path good = file("good.txt", goodText);
        Path empty = file("empty.txt", "");
        Path blank = file("blank.txt", "   \n\t\n");
        Path binary = file("binary.txt", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3});
        Path latin1 = file("latin1.txt", "Trois soldats ont \u00e9t\u00e9 tu\u00e9s.".getBytes(StandardCharsets.ISO_8859_1));
        Path french = file("french.txt", "Trois soldats ont \u00e9t\u00e9 tu\u00e9s dans le bombardement de la ville, "
                + "a indiqu\u00e9 l'arm\u00e9e dans un communiqu\u00e9 publi\u00e9 samedi soir.");
        CliRun run = CliRun.of("extract", empty.toString(), blank.toString(), binary.toString(), latin1.toString(),
                french.toString(), dir.resolve("missing.txt").toString(), good.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .contains("empty.txt: empty")
                .contains("blank.txt: only whitespace")
                .contains("binary.txt: binary data")
                .contains("latin1.txt: not UTF-8")
                .contains("french.txt: skipped: not English (detected: French)")
                .contains("missing.txt: no such file")
                .doesNotContain("Exception");
        assertThat(run.out()).contains("\"killed\"").contains("\"id\":\"" + ArticleIds.of(null, goodText) + "\"");
    }

    @Test
    void aHugeFileIsRefused() throws IOException {
        byte[] huge = new byte[(int) CorpusReader.MAX_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        CliRun run = CliRun.of("extract", file("huge.txt", huge).toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("huge.txt: too large");
    }

    @Test
    void theExitCodeIsNonZeroOnlyWhenNothingCouldBeProcessed() throws IOException {
        CliRun run = CliRun.of("extract", file("empty.txt", "").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nothing to extract");
    }

    @Test
    void aBrokenJsonLineIsSkippedAndTheOthersRead() throws IOException {
        Path jsonl = file("corpus.jsonl", "{\"id\": \"a1\", \"text\": \"Two civilians were wounded, police said.\","
                + " \"date\": \"2024-05-02\", \"source\": \"example.com\"}\n{not json\n{\"id\": \"a3\"}\n");
        CliRun run = CliRun.of("extract", jsonl.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("corpus.jsonl:2: not valid JSON").contains("corpus.jsonl:3: missing \"text\"");
        assertThat(run.out()).contains("\"id\":\"a1\"").contains("\"outlet\":\"example.com\"");
    }

    @Test
    void theTableIsForPeople() throws IOException {
        CliRun run = CliRun.of("extract", "--format", "table",
                file("t.txt", "At least 12 people were killed in the strike, the governor said.").toString());
        assertThat(run.out()).startsWith("ARTICLE").contains("12 at_least").contains("governor");
    }
}
