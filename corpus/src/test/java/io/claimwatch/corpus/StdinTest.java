package io.claimwatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class StdinTest {
    private static Read stdin(String text) {
        return Read.stdin(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainTextIsOneArticleFromStdin() {
        var d = stdin("Two border guards were wounded by sniper fire, the agency said.").onlyDocument();
        assertThat(d.origin()).isEqualTo("<stdin>");
        assertThat(d.article().text()).startsWith("Two border guards");
    }

    @Test
    void htmlIsSniffed() {
        var d = stdin("  <!DOCTYPE html><html><body><nav>Menu</nav><p>Two border guards were wounded by sniper fire, "
                + "the agency said.</p></body></html>").onlyDocument();
        assertThat(d.article().text()).isEqualTo("Two border guards were wounded by sniper fire, the agency said.");
    }

    @Test
    void jsonLinesAreSniffedAndNumbered() {
        Read read = stdin("{\"id\": \"s1\", \"text\": \"A mortar round hit the school yard, teachers said.\"}\n{broken\n");
        assertThat(read.inputs()).extracting(Input::origin).containsExactly("<stdin>:1", "<stdin>:2");
        assertThat(read.documents()).extracting(d -> d.article().id()).containsExactly("s1");
    }

    @Test
    void aFeedIsSniffed() throws IOException {
        Read read = Read.stdin(Files.readAllBytes(Read.resource("feed.atom")));
        assertThat(read.inputs()).extracting(Input::origin).containsExactly("<stdin>#entry-1", "<stdin>#entry-2", "<stdin>#entry-3");
    }

    @Test
    void gzipIsSniffed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write("A mortar round hit the school yard, teachers said.".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Read.stdin(out.toByteArray()).onlyDocument().article().text()).startsWith("A mortar round");
    }

    @Test
    void emptyStdinIsAProblem() {
        var p = stdin("").onlyProblem();
        assertThat(p.origin()).isEqualTo("<stdin>");
        assertThat(p.reason()).isEqualTo("empty");
    }
}
