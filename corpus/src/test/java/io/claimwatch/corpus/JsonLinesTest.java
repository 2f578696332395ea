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

class JsonLinesTest {
    @TempDir
    Path dir;

    private Path jsonl(String content) throws IOException {
        return Files.writeString(dir.resolve("docs.jsonl"), content);
    }

    @Test
    void aGoodLineKeepsItsIdAndMetadata() throws IOException {
        Path file = jsonl("{\"id\": \"gva-17\", \"text\": \"Two people were wounded in a shooting outside a bar, police said.\","
                + " \"title\": \"Shooting outside bar\", \"date\": \"2024-05-02\", \"source\": \"example.com\","
                + " \"url\": \"https://example.com/shooting\"}\n");
        var d = Read.of(file).onlyDocument();
        assertThat(d.origin()).isEqualTo(file + ":1");
        Article a = d.article();
        assertThat(a.id()).isEqualTo("gva-17");
        assertThat(a.title()).isEqualTo("Shooting outside bar");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(a.outlet()).isEqualTo("example.com");
        assertThat(a.url()).isEqualTo("https://example.com/shooting");
    }

    @Test
    void aBrokenLineIsAProblemWithItsLineNumberAndTheOthersAreRead() throws IOException {
        Path file = jsonl("{\"id\": \"a1\", \"text\": \"Two civilians were wounded in the attack, police said.\"}\n"
                + "{not json\n"
                + "\n"
                + "{\"id\": \"a4\"}\n"
                + "{\"id\": \"a5\", \"text\": \"Rescuers pulled three survivors from the rubble, officials said.\"}\n");
        Read read = Read.of(file);
        assertThat(read.documents()).extracting(d -> d.article().id()).containsExactly("a1", "a5");
        assertThat(read.problems()).extracting(Input.Problem::origin).containsExactly(file + ":2", file + ":4");
        assertThat(read.problems().get(0).reason()).startsWith("not valid JSON");
        assertThat(read.problems().get(1).reason()).isEqualTo("missing \"text\"");
    }

    @Test
    void aLineWithoutIdGetsOneFromItsUrlOrElseItsText() throws IOException {
        String text = "Shelling damaged a hospital wing, the health ministry said.";
        Path file = jsonl("{\"text\": \"" + text + "\", \"url\": \"https://e.com/hospital/\"}\n{\"text\": \"" + text + "\"}\n");
        var docs = Read.of(file).documents();
        assertThat(docs).extracting(d -> d.article().id())
                .containsExactly(ArticleIds.of("https://e.com/hospital", null), ArticleIds.of(null, text));
    }

    @Test
    void theDefaultsFillMissingFields() throws IOException {
        Path file = jsonl("{\"id\": \"x\", \"text\": \"A drone strike hit a bus depot overnight, the mayor said.\"}");
        Article a = Read.of(file, new Defaults(LocalDate.of(2025, 2, 1), "Default Outlet", null)).onlyDocument().article();
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(a.outlet()).isEqualTo("Default Outlet");
    }

    @Test
    void anEmptyTextIsAProblemOfItsLine() throws IOException {
        Path file = jsonl("{\"id\": \"e\", \"text\": \"   \"}\n");
        var p = Read.of(file).onlyProblem();
        assertThat(p.origin()).isEqualTo(file + ":1");
        assertThat(p.reason()).isEqualTo("only whitespace");
    }

    @Test
    void aLineThatIsNotUtf8IsAProblemOfThatLineOnly() throws IOException {
        Path file = dir.resolve("mixed.jsonl");
        try (var out = Files.newOutputStream(file)) {
            out.write("{\"id\": \"u1\", \"text\": \"A drone hit a fuel truck on the highway, police said.\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"u2\", \"text\": \"Le caf\u00e9 a \u00e9t\u00e9 touch\u00e9.\"}\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write("{\"id\": \"u3\", \"text\": \"Two shells hit the market square, the mayor said.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Read read = Read.of(file);
        assertThat(read.documents()).extracting(d -> d.article().id()).containsExactly("u1", "u3");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.origin()).isEqualTo(file + ":2");
            assertThat(p.reason()).startsWith("not UTF-8 text");
        });
    }

    @Test
    void anEmptyFileIsOneProblem() throws IOException {
        assertThat(Read.of(jsonl("")).onlyProblem().reason()).isEqualTo("empty");
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreFine() throws IOException {
        Path file = jsonl("\uFEFF{\"id\": \"w1\", \"text\": \"Troops withdrew from the village on Monday, the army said.\"}\r\n"
                + "{\"id\": \"w2\", \"text\": \"Two bridges were blown up during the retreat, residents said.\"}\r\n");
        assertThat(Read.of(file).documents()).extracting(d -> d.article().id()).containsExactly("w1", "w2");
    }

    /** The reason given for the one line of a file holding {@code line}. */
    private String reasonFor(String line) throws IOException {
        return Read.of(jsonl(line + "\n")).onlyProblem().reason();
    }

    @Test
    void dataAfterTheObjectIsRefused() throws IOException {
        assertThat(reasonFor("{\"id\": \"t1\", \"text\": \"Two were killed.\"} {\"id\": \"t2\"}"))
                .startsWith("not valid JSON").contains("after the article object");
        assertThat(reasonFor("{\"id\": \"t1\", \"text\": \"Two were killed.\"} x")).startsWith("not valid JSON");
    }

    @Test
    void aTextThatIsNotAStringIsRefusedNamingTheField() throws IOException {
        assertThat(reasonFor("{\"id\": \"n1\", \"text\": 123}")).isEqualTo("\"text\" must be a string, not a number");
        assertThat(reasonFor("{\"id\": \"n2\", \"text\": {\"a\": 1}}")).isEqualTo("\"text\" must be a string, not an object");
        assertThat(reasonFor("{\"id\": \"n3\", \"text\": [\"a\"]}")).isEqualTo("\"text\" must be a string, not an array");
    }

    @Test
    void aMissingTextIsNamedEvenWithoutAnId() throws IOException {
        assertThat(reasonFor("{\"title\": \"no text\"}")).isEqualTo("missing \"text\"");
    }

    @Test
    void anUnreadablePublicationDateIsRefusedNamingTheField() throws IOException {
        assertThat(reasonFor("{\"id\": \"d1\", \"text\": \"Two were killed.\", \"published\": \"yesterday\"}"))
                .startsWith("\"published\" is not a date");
        assertThat(reasonFor("{\"id\": \"d2\", \"text\": \"Two were killed.\", \"date\": \"2024-13-45\"}"))
                .startsWith("\"date\" is not a date");
        assertThat(reasonFor("{\"id\": \"d3\", \"text\": \"Two were killed.\", \"published\": 20240101}"))
                .isEqualTo("\"published\" must be a string, not a number");
        assertThat(Read.of(jsonl("{\"id\": \"d4\", \"text\": \"Two were killed.\", \"published\": \"2024-12-19T08:00:00Z\"}"))
                .onlyDocument().article().published()).isEqualTo(LocalDate.of(2024, 12, 19));
    }

    @Test
    void badIdsAreRefusedNamingTheField() throws IOException {
        assertThat(reasonFor("{\"id\": \"\", \"text\": \"Two were killed.\"}")).isEqualTo("\"id\" is empty");
        assertThat(reasonFor("{\"id\": \"  \", \"text\": \"Two were killed.\"}")).isEqualTo("\"id\" is empty");
        assertThat(reasonFor("{\"id\": [], \"text\": \"Two were killed.\"}")).isEqualTo("\"id\" must be a string, not an array");
        assertThat(reasonFor("{\"id\": \"" + "x".repeat(1001) + "\", \"text\": \"Two were killed.\"}"))
                .isEqualTo("\"id\" is longer than 1000 characters");
        assertThat(reasonFor("{\"id\": \"a\\u0000b\", \"text\": \"Two were killed.\"}"))
                .isEqualTo("\"id\" holds a control character");
        assertThat(Read.of(jsonl("{\"id\": \"" + "x".repeat(1000) + "\", \"text\": \"Two were killed.\"}"))
                .onlyDocument().article().id()).hasSize(1000);
    }

    @Test
    void otherMetadataMustBeTextToo() throws IOException {
        assertThat(reasonFor("{\"id\": \"m1\", \"text\": \"Two were killed.\", \"title\": {\"x\": 1}}"))
                .isEqualTo("\"title\" must be a string, not an object");
        assertThat(reasonFor("{\"id\": \"m2\", \"text\": \"Two were killed.\", \"url\": true}"))
                .isEqualTo("\"url\" must be a string, not a boolean");
    }

    @Test
    void bothNamesOfAFieldAreCheckedWhicheverIsUsed() throws IOException {  // found by FuzzTest
        assertThat(reasonFor("{\"id\": \"s1\", \"text\": \"Two were killed.\", \"outlet\": \"Wire\", \"source\": 7}"))
                .isEqualTo("\"source\" must be a string, not a number");
        assertThat(reasonFor("{\"id\": \"s2\", \"text\": \"Two were killed.\", \"published\": \"2024-01-01\", \"date\": \"soon\"}"))
                .startsWith("\"date\" is not a date");
    }

    @Test
    void aFieldGivenTwiceIsRefused() throws IOException {
        assertThat(reasonFor("{\"id\": \"a\", \"id\": \"b\", \"text\": \"Two were killed.\"}"))
                .isEqualTo("not valid JSON: Duplicate field 'id'");
    }
}
