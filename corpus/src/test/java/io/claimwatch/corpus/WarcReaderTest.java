package io.claimwatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcReaderTest {
    @TempDir
    Path dir;

    private static final Instant CAPTURED = Instant.parse("2025-06-10T12:00:00Z");

    private static String page(String title, String paragraph) {
        return "<html><head><title>" + title + "</title></head><body><nav>Home | World | Sport</nav><article><p>"
                + paragraph + "</p></article><footer>Copyright notice</footer></body></html>";
    }

    private static WarcResponse response(String url, int status, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build();
    }

    private Path warc(String name, WarcCompression compression) throws IOException {
        Path file = dir.resolve(name);
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            writer.write(new WarcRequest.Builder(URI.create("https://news.example.com/a"))
                    .body(new HttpRequest.Builder("GET", "/a").build()).build());
            writer.write(response("https://news.example.com/a", 200, "text/html; charset=utf-8",
                    page("Strike on rail hub", "Three railway workers were killed in a missile strike on the rail hub, the operator said.")));
            writer.write(response("https://news.example.com/missing", 404, "text/html", page("Not found", "This page does not exist any more, sorry about that.")));
            writer.write(response("https://news.example.com/logo.png", 200, "image/png", "PNGDATA"));
            writer.write(new WarcResource.Builder(URI.create("https://news.example.com/b.txt")).date(CAPTURED)
                    .body(MediaType.PLAIN_TEXT, "Evacuation trains left the city every two hours, the governor said."
                            .getBytes(StandardCharsets.UTF_8)).build());
        }
        return file;
    }

    @Test
    void htmlResponsesAndTextResourcesAreArticlesTheRestIsPassedOver() throws IOException {
        Path file = warc("crawl.warc", WarcCompression.NONE);
        Read read = Read.of(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.documents()).extracting(Input.Document::origin)
                .containsExactly(file + "#record-2", file + "#record-5");
        var html = read.documents().get(0).article();
        assertThat(html.url()).isEqualTo("https://news.example.com/a");
        assertThat(html.id()).isEqualTo(ArticleIds.of("https://news.example.com/a", null));
        assertThat(html.title()).isEqualTo("Strike on rail hub");
        assertThat(html.text()).isEqualTo("Three railway workers were killed in a missile strike on the rail hub, the operator said.");
        assertThat(html.published()).as("the capture date, when the page gives none").isEqualTo(LocalDate.of(2025, 6, 10));
        var text = read.documents().get(1).article();
        assertThat(text.url()).isEqualTo("https://news.example.com/b.txt");
        assertThat(text.text()).startsWith("Evacuation trains");
    }

    @Test
    void aGzippedWarcIsReadTheSame() throws IOException {
        Path file = warc("crawl.warc.gz", WarcCompression.GZIP);
        assertThat(Read.of(file).documents()).hasSize(2);
    }

    @Test
    void theDefaultDateComesBeforeTheCaptureDate() throws IOException {
        Path file = warc("crawl.warc", WarcCompression.NONE);
        var docs = Read.of(file, new Defaults(LocalDate.of(2025, 6, 8), null, "https://ignored.example")).documents();
        assertThat(docs).extracting(d -> d.article().published()).containsOnly(LocalDate.of(2025, 6, 8));
        assertThat(docs).extracting(d -> d.article().url()).doesNotContain("https://ignored.example");
    }

    @Test
    void aTruncatedWarcGzGivesTheRecordsBeforeTheCutAndOneProblem() throws IOException {
        Path whole = warc("whole.warc.gz", WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 60)); // inside the last record
        Read read = Read.of(cut);
        assertThat(read.documents()).extracting(Input.Document::origin).containsExactly(cut + "#record-2");
        assertThat(read.problems()).hasSize(1);
        assertThat(read.problems().get(0).origin()).isEqualTo(cut + "#record-5");
        assertThat(read.problems().get(0).reason()).startsWith("truncated");
        assertThat(read.inputs().get(read.inputs().size() - 1)).isInstanceOf(Input.Problem.class);
    }

    @Test
    void theSparkJobCanReadAStream() throws IOException {
        byte[] bytes = Files.readAllBytes(warc("crawl.warc.gz", WarcCompression.GZIP));
        List<Input> inputs = new ArrayList<>();
        WarcReader.read(new ByteArrayInputStream(bytes), "part-0001", Defaults.none(), inputs::add);
        assertThat(inputs).extracting(Input::origin).containsExactly("part-0001#record-2", "part-0001#record-5");
    }

    @Test
    void somethingElseIsNotAWarc() throws IOException {
        Path file = Files.writeString(dir.resolve("fake.warc"), "this is not an archive at all");
        var p = Read.of(file).onlyProblem();
        assertThat(p.origin()).isEqualTo(file.toString());
        assertThat(p.reason()).startsWith("not a WARC file");
    }
}
