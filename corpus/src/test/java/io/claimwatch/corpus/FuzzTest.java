package io.claimwatch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.model.ArticleJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mangled input to the readers and to the article JSON, a bounded number of tries per property
 * (seeded by jqwik; a failing seed is printed and replayed first on the next run). What must hold for any
 * input: no exception escapes, every input read is a Document or a Problem with a reason, and a Document's
 * article is one the strict reader accepts (non-blank id of at most 1,000 characters without control
 * characters, text a string).
 */
class FuzzTest {
    private static final List<String> NAMES = List.of("a.txt", "a.html", "a.jsonl", "a.warc", "a.rss", "a.xml",
            "a.jsonl.gz", "a.warc.gz", "a");
    private static final List<String> FIELDS = List.of("id", "text", "title", "published", "date", "outlet",
            "source", "url", "other");

    private static List<Input> read(String name, byte[] bytes) {
        try {
            Path dir = Files.createTempDirectory("claimwatch-fuzz");
            Path file = Files.write(dir.resolve(name), name.endsWith(".gz") ? gzip(bytes) : bytes);
            List<Input> inputs = new ArrayList<>();
            new CorpusReader(Defaults.none()).read(file.toString(), InputStream.nullInputStream(), inputs::add);
            Files.delete(file);
            Files.delete(dir);
            return inputs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static void assertWellFormed(List<Input> inputs) {
        assertThat(inputs).isNotEmpty().allSatisfy(input -> {
            if (input instanceof Input.Problem p) {
                assertThat(p.reason()).isNotBlank();
            } else {
                Input.Document d = (Input.Document) input;
                String id = d.article().id();
                assertThat(id).isNotBlank().hasSizeLessThanOrEqualTo(ArticleJson.MAX_ID_CHARS);
                assertThat(id.chars().noneMatch(Character::isISOControl)).as("id %s", id).isTrue();
                assertThat(d.article().text()).isNotBlank();
            }
        });
    }

    // ---- any bytes, under any name

    @Property(tries = 150, seed = "20261202")
    void anyBytesUnderAnyNameAreReadOrNamedAsAProblem(@ForAll("names") String name, @ForAll("bytes") byte[] bytes) {
        assertWellFormed(read(name, bytes));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    /** Raw bytes, or text that starts like each format, mangled. */
    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        Arbitrary<String> prefix = Arbitraries.of("", "WARC/1.0\r\n", "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 9\r\n\r\n",
                "<html><body>", "<?xml version=\"1.0\"?><rss><channel><item><description>", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>",
                "{\"id\": \"f\", \"text\": \"", "\uFEFF", "\u001f\u008b");
        Arbitrary<String> body = Arbitraries.strings().withCharRange('\u0000', '\u07ff').ofMaxLength(300);
        Arbitrary<byte[]> shaped = Combinators.combine(prefix, body).as((p, b) -> (p + b).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(raw, shaped);
    }

    // ---- HTML: tag soup, deep and unclosed

    @Property(tries = 100, seed = "20261202")
    void anyTagSoupIsReadOrNamedAsAProblem(@ForAll("tagSoup") String html) {
        assertWellFormed(read("a.html", html.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<String> tagSoup() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("<div>", "</div>", "<p>", "</p>", "<br>", "<script>", "</script>", "<nav>", "<article>",
                        "<table><tr><td>", "<!--", "-->", "<a href=\"javascript:x\">", "&amp;", "&#0;", "<![CDATA[", "<svg>",
                        "<meta property=\"article:published_time\" content=\"+10000-01-01\">",
                        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":[1]}</script>"),
                Arbitraries.of("Two soldiers were killed near Bakhmut, the army said. ", "x", " ", "\u0000", "\u202e"),
                Arbitraries.integers().between(1, 600).map("<div>"::repeat));
        return piece.list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }

    // ---- the article JSON: objects of the known fields with values of any kind

    @Property(tries = 300, seed = "20261202")
    void anArticleObjectIsAcceptedOnlyWithStringFieldsAndAGoodIdElseTheFieldIsNamed(@ForAll("articles") ObjectNode article) {
        List<Input> inputs = read("a.jsonl", (article + "\n").getBytes(StandardCharsets.UTF_8));
        assertWellFormed(inputs);
        assertThat(inputs).hasSize(1);
        JsonNode text = article.get("text");
        if (inputs.get(0) instanceof Input.Document d) {
            assertThat(text.isTextual()).isTrue();
            assertThat(d.article().text()).isEqualTo(text.textValue());
            for (String field : List.of("title", "url", "outlet", "source", "published", "date")) {
                JsonNode value = article.get(field);
                assertThat(value == null || value.isNull() || value.isTextual()).as(field).isTrue();
            }
        } else if (text == null || text.isNull()) {
            assertThat(((Input.Problem) inputs.get(0)).reason()).isEqualTo("missing \"text\"");
        } else if (!text.isTextual()) {
            assertThat(((Input.Problem) inputs.get(0)).reason()).contains("\"text\"");
        }
    }

    @Provide
    Arbitrary<ObjectNode> articles() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        Arbitrary<JsonNode> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30).map(json::textNode),
                Arbitraries.of("Three people were injured in Kherson, officials said.", "2024-12-19", "2024-12-19T08:00:00Z",
                        "+10000-01-01", "", " ", "a\u0000b", "x".repeat(1001)).map(json::textNode),
                Arbitraries.integers().map(json::numberNode),
                Arbitraries.of(json.nullNode(), json.booleanNode(true), json.arrayNode(), json.objectNode().put("a", 1)));
        Arbitrary<Map<String, JsonNode>> fields = Arbitraries.maps(Arbitraries.of(FIELDS), value).ofMaxSize(FIELDS.size());
        return fields.map(map -> {
            ObjectNode node = json.objectNode();
            map.forEach(node::set);
            return node;
        });
    }

    // ---- one JSON Lines file of mangled lines: every line accounted for

    @Property(tries = 100, seed = "20261202")
    void everyLineOfAJsonLinesFileIsOneDocumentOrOneProblem(@ForAll("lines") List<String> lines) {
        List<Input> inputs = read("a.jsonl", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        assertWellFormed(inputs);
        long nonBlank = lines.stream().filter(l -> !l.strip().isEmpty()).count();
        assertThat(inputs).hasSize((int) Math.max(1, nonBlank));
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> line = Arbitraries.oneOf(
                articles().map(JsonNode::toString),
                articles().map(a -> a + " trailing"),
                articles().map(a -> a.toString().substring(0, a.toString().length() / 2)),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40));
        return line.list().ofMinSize(1).ofMaxSize(8);
    }
}
