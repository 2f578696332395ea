package io.claimwatch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.corpus.Defaults;
import io.claimwatch.corpus.Input;
import io.claimwatch.corpus.WarcReader;
import io.claimwatch.extract.Claimwatch;
import io.claimwatch.extract.Extractor;
import io.claimwatch.model.Article;
import io.claimwatch.model.ArticleJson;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The job in local[2] on a corpus of six invented articles (src/test/resources/corpus/articles.jsonl), two of
 * them copies of one wire story, and on a web archive made of two of them. One SparkSession for the class;
 * CoreNLP loads once for the JVM.
 */
class ClaimwatchSparkJobTest {
    private static SparkSession spark;
    private static Path corpus;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() throws URISyntaxException {
        corpus = Path.of(ClaimwatchSparkJobTest.class.getResource("/corpus/articles.jsonl").toURI());
        spark = SparkSession.builder().master("local[2]").appName("claimwatch-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.warehouse.dir", Path.of("target/spark-warehouse").toAbsolutePath().toString())
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void claimsEqualThoseOfTheExtractorCalledDirectly() throws IOException {
        Path out = tmp.resolve("out");
        JobSummary summary = ClaimwatchSparkJob.run(spark, JobOptions.parse("--input", corpus.toString(),
                "--output", out.toString(), "--format", "jsonl,parquet", "--no-dedup"));

        List<String> expected = new ArrayList<>();
        for (Article a : articles(corpus)) {
            for (Claim c : Claimwatch.extractor().extract(a)) {
                expected.add(ClaimJson.mapper().writeValueAsString(c));
            }
        }
        assertThat(expected).hasSizeGreaterThan(6);
        assertThat(summary.articlesExtracted()).isEqualTo(6);
        assertThat(summary.claims()).isEqualTo(expected.size());

        Map<String, List<String>> jsonl = linesByPartition(out.resolve("claims/jsonl"));
        assertThat(jsonl.values().stream().flatMap(List::stream).sorted().toList())
                .containsExactlyElementsOf(expected.stream().sorted().toList());
        jsonl.forEach((partition, lines) -> lines.forEach(line ->
                assertThat(partition).isEqualTo("published=" + publishedOf(line))));
        assertThat(jsonl.keySet()).contains("published=unknown", "published=2024-05-11");

        List<Row> parquet = spark.read().parquet(out.resolve("claims/parquet").toString()).collectAsList();
        assertThat(parquet.stream().map(r -> r.<String>getAs("json")).sorted().toList())
                .containsExactlyElementsOf(expected.stream().sorted().toList());
        for (Row r : parquet) {
            Claim c = ClaimJson.mapper().readValue(r.<String>getAs("json"), Claim.class);
            assertThat(r.<String>getAs("id")).isEqualTo(c.id());
            assertThat(r.<String>getAs("article_id")).isEqualTo(c.article().id());
            assertThat(r.<String>getAs("event_type")).isEqualTo(c.event().type().id());
            assertThat(r.<Integer>getAs("span_start")).isEqualTo(c.span().start());
            assertThat(r.<Long>getAs("low")).isEqualTo(c.quantity() == null ? null : c.quantity().low());
            assertThat(r.<String>getAs("primary_source"))
                    .isEqualTo(c.primarySource() == null ? null : c.primarySource().source());
            assertThat(r.get(r.fieldIndex("published")).toString())
                    .isEqualTo(c.article().published() == null ? "unknown" : c.article().published().toString());
        }
    }

    @Test
    void aSyndicatedCopyIsExtractedOnce() throws IOException {
        Path out = tmp.resolve("out");
        JobSummary summary = ClaimwatchSparkJob.run(spark, JobOptions.parse("--input", corpus.toString(),
                "--output", out.toString(), "--format", "jsonl"));

        assertThat(summary.syndicationGroups()).isEqualTo(1);
        assertThat(summary.syndicatedCopies()).isEqualTo(1);
        assertThat(summary.articlesExtracted()).isEqualTo(5);
        List<JsonNode> groups = jsonRecords(out.resolve("syndication"));
        assertThat(groups).extracting(g -> g.get("article_id").asText() + " -> " + g.get("representative").asText()
                        + (g.get("extracted").asBoolean() ? " (extracted)" : ""))
                .containsExactlyInAnyOrder("odesa-strike-wire -> odesa-strike-wire (extracted)",
                        "odesa-strike-copy -> odesa-strike-wire");

        List<String> lines = linesByPartition(out.resolve("claims/jsonl")).values().stream()
                .flatMap(List::stream).toList();
        assertThat(lines.stream().map(ClaimwatchSparkJobTest::articleIdOf).distinct())
                .contains("odesa-strike-wire", "kharkiv-shelling").doesNotContain("odesa-strike-copy");
        Article wire = articles(corpus).stream().filter(a -> a.id().equals("odesa-strike-wire")).findFirst()
                .orElseThrow();
        List<String> wireClaims = new ArrayList<>();
        for (Claim c : Claimwatch.extractor().extract(wire)) {
            wireClaims.add(ClaimJson.mapper().writeValueAsString(c));
        }
        assertThat(lines.stream().filter(l -> articleIdOf(l).equals("odesa-strike-wire")))
                .containsExactlyInAnyOrderElementsOf(wireClaims);
    }

    @Test
    void aBadArticleIsSkippedWithItsReasonAndTheJobSucceeds() throws IOException {
        String good = Files.readAllLines(corpus, StandardCharsets.UTF_8).get(0);
        Path bad = tmp.resolve("bad.jsonl");
        Files.write(bad, List.of(
                good,
                "{not json",
                "{\"id\": \"empty-text\", \"text\": \"\", \"published\": \"2024-05-12\"}",
                "{\"text\": \"Five people were killed, officials said.\"}",
                "{\"id\": \"too-long\", \"text\": \"" + "Two soldiers were killed, officials said. ".repeat(120) + "\"}",
                "{\"id\": \"boom\", \"text\": \"Two soldiers were killed, officials said.\", \"published\": \"2024-05-12\"}",
                "{\"id\": \"french\", \"text\": \"Cinq soldats ont été tués dimanche lors d'une attaque de drones "
                        + "contre la ville, a déclaré le ministère de la Défense dans un communiqué.\"}"),
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        JobSummary summary = ClaimwatchSparkJob.run(spark, JobOptions.parse("--input", bad.toString(),
                "--output", out.toString(), "--max-chars", "4000"), ClaimwatchSparkJobTest::failingOnBoom);

        assertThat(summary.recordsRead()).isEqualTo(7);
        assertThat(summary.extractionFailures()).isEqualTo(1);
        Map<String, List<String>> skipped = new TreeMap<>();
        for (JsonNode r : jsonRecords(out.resolve("skipped"))) {
            String who = r.get("article_id").isNull() ? r.get("origin").asText().replaceAll(".*@", "line@")
                    : r.get("article_id").asText();
            skipped.computeIfAbsent(who, k -> new ArrayList<>()).add(r.get("reason").asText());
        }
        assertThat(skipped).containsOnlyKeys("line@" + offsetOfLine(bad, 1), "line@" + offsetOfLine(bad, 3),
                "empty-text", "too-long", "boom", "french");
        assertThat(skipped.get("french")).containsExactly("not English (detected: French)");
        assertThat(skipped.get("empty-text")).containsExactly("empty");
        assertThat(skipped.get("too-long").get(0)).startsWith("too long: ");
        assertThat(skipped.get("boom").get(0)).isEqualTo("extraction failed: java.lang.IllegalStateException: "
                + "the extractor broke");
        assertThat(skipped.get("line@" + offsetOfLine(bad, 1)).get(0)).startsWith("not valid JSON");
        assertThat(skipped.get("line@" + offsetOfLine(bad, 3))).containsExactly("missing \"id\"");
        assertThat(Files.exists(out.resolve("skipped/published=2024-05-12"))).isTrue();
        assertThat(linesByPartition(out.resolve("claims/jsonl")).values().stream().flatMap(List::stream)
                .map(ClaimwatchSparkJobTest::articleIdOf).distinct()).containsExactly("kharkiv-shelling");
    }

    @Test
    void aWebArchiveIsReadWithTheCorpusReaderAndExtractedTheSame() throws IOException {
        List<Article> source = articles(corpus).subList(0, 2);
        Path warc = tmp.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (Article a : source) {
                String html = "<html><head><title>" + a.title() + "</title></head><body><nav>Home | World</nav>"
                        + "<article>" + a.text().lines().map(p -> "<p>" + p + "</p>").collect(Collectors.joining())
                        + "</article><footer>Contact us</footer></body></html>";
                writer.write(response(a.url(), "text/html; charset=utf-8", html));
            }
            writer.write(response("https://example.org/logo.png", "image/png", "PNG"));
        }
        List<String> expected = new ArrayList<>();
        List<Article> read = new ArrayList<>();
        try (InputStream in = Files.newInputStream(warc)) {
            WarcReader.read(in, warc.toString(), Defaults.none(), input -> {
                if (input instanceof Input.Document d && d.skipReason() == null) {
                    read.add(d.article());
                }
            });
        }
        assertThat(read).extracting(Article::url).containsExactly(source.get(0).url(), source.get(1).url());
        for (Article a : read) {
            for (Claim c : Claimwatch.extractor().extract(a)) {
                expected.add(ClaimJson.mapper().writeValueAsString(c));
            }
        }
        assertThat(expected).isNotEmpty();

        Path out = tmp.resolve("out");
        JobSummary summary = ClaimwatchSparkJob.run(spark, JobOptions.parse("--input", warc.toString(),
                "--output", out.toString(), "--no-dedup"));

        assertThat(summary.articlesExtracted()).isEqualTo(2);
        assertThat(linesByPartition(out.resolve("claims/jsonl")).values().stream().flatMap(List::stream))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static WarcResponse response(String url, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-05-11T12:00:00Z")).body(http)
                .build();
    }

    private static Extractor failingOnBoom() {
        Extractor real = Claimwatch.extractor();
        return article -> {
            if (article.id().equals("boom")) {
                throw new IllegalStateException("the extractor broke");
            }
            return real.extract(article);
        };
    }

    private static List<Article> articles(Path jsonl) throws IOException {
        return Files.readAllLines(jsonl, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(ArticleJson::parse).toList();
    }

    /** Byte offset of line {@code index} (from 0): the origin's suffix for that line. */
    private static long offsetOfLine(Path file, int index) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        long offset = 0;
        for (int i = 0; i < index; i++) {
            offset += lines.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return offset;
    }

    /** Lines of every data file under {@code dir}, by partition directory name. */
    private static Map<String, List<String>> linesByPartition(Path dir) throws IOException {
        Map<String, List<String>> byPartition = new TreeMap<>();
        for (Path file : dataFiles(dir)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    byPartition.computeIfAbsent(file.getParent().getFileName().toString(), k -> new ArrayList<>())
                            .add(line);
                }
            }
        }
        return byPartition;
    }

    private static List<JsonNode> jsonRecords(Path dir) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (List<String> lines : linesByPartition(dir).values()) {
            for (String line : lines) {
                records.add(ClaimJson.mapper().readTree(line));
            }
        }
        return records;
    }

    private static List<Path> dataFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("_")
                            && !p.getFileName().toString().startsWith("."))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static String articleIdOf(String claimJson) {
        return field(claimJson, "id");
    }

    private static String publishedOf(String claimJson) {
        String published = field(claimJson, "published");
        return published == null ? "unknown" : published;
    }

    private static String field(String claimJson, String articleField) {
        try {
            JsonNode value = ClaimJson.mapper().readTree(claimJson).get("article").get(articleField);
            return value.isNull() ? null : value.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
