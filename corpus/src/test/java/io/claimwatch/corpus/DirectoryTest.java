package io.claimwatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTest {
    @TempDir
    Path dir;

    private void write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void aDirectoryIsReadRecursivelyInSortedOrderWithoutHiddenFiles() throws IOException {
        write("b/2.txt", "Two ambulances were hit by drones near the front line, medics said.");
        write("b/1.html", "<p>Officials said nine people were rescued from a collapsed building.</p>");
        write("a.txt", "Power was cut to forty thousand homes after the strike, the utility said.");
        write("c/d/deep.jsonl", "{\"id\": \"deep\", \"text\": \"A ferry carrying refugees docked safely, the coast guard said.\"}\n");
        write(".hidden.txt", "Should never be read because the file is hidden from listings.");
        write(".git/config.txt", "Should never be read because the folder is hidden.");
        Read read = Read.of(dir);
        assertThat(read.problems()).isEmpty();
        assertThat(read.inputs()).extracting(Input::origin).containsExactly(
                dir.resolve("a.txt").toString(), dir.resolve("b/1.html").toString(), dir.resolve("b/2.txt").toString(),
                dir.resolve("c/d/deep.jsonl") + ":1");
    }

    @Test
    void aBadFileInADirectoryDoesNotStopTheOthers() throws IOException {
        write("1.txt", "");
        write("2.txt", "Rebels said they shot down a helicopter over the hills on Friday.");
        Read read = Read.of(dir);
        assertThat(read.problems()).extracting(Input.Problem::reason).containsExactly("empty");
        assertThat(read.documents()).hasSize(1);
    }

    @Test
    void filesWhoseNamesAreNoArticleFormatAreNamedAndLeftOutOfAWalk() throws IOException {
        write("README.md", "These examples are invented articles about a drone strike on a city.");
        write("strike.txt", "Drones struck a power station overnight, the regional governor said.");
        Read walked = Read.of(dir);
        assertThat(walked.documents()).hasSize(1);
        assertThat(walked.problems()).singleElement().satisfies(p -> {
            assertThat(p.origin()).endsWith("README.md");
            assertThat(p.reason()).contains("not an article format");
        });
        assertThat(Read.of(dir.resolve("README.md")).documents()).hasSize(1);
    }
}
