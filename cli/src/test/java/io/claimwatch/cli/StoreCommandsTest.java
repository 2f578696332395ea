package io.claimwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.model.ClaimJson;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, search, incidents, timeline and export on the bundled examples, with the real extractor. */
class StoreCommandsTest {
    static final Path EXAMPLES = Path.of("../examples/articles.jsonl");

    @TempDir
    static Path dir;

    static Path db;
    static CliRun firstIngest;

    @BeforeAll
    static void ingestTheExamples() {
        db = dir.resolve("examples.db");
        firstIngest = CliRun.of("ingest", EXAMPLES.toString(), "--db", db.toString(), "--threads", "2");
    }

    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(ClaimJson.mapper().readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void ingestStoresEveryArticleAndLinksThem() {
        assertThat(firstIngest.exitCode()).as(firstIngest.err()).isZero();
        assertThat(firstIngest.out()).contains("read 4 articles: 4 stored, 0 duplicates").contains("linked: ");
        assertThat(firstIngest.err()).doesNotContain("SLF4J");
    }

    @Test
    void ingestingTheSameInputAgainAddsNothing() {
        CliRun again = CliRun.of("ingest", EXAMPLES.toString(), "--db", db.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("read 4 articles: 0 stored, 4 duplicates");
    }

    @Test
    void searchFindsClaimsByWordsAndFilters() throws IOException {
        CliRun table = CliRun.of("search", "Pavlohrad", "--db", db.toString());
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("claims match").contains("events:");

        CliRun killed = CliRun.of("search", "--event", "killed", "--format", "jsonl", "--db", db.toString());
        List<JsonNode> claims = jsonLines(killed.out());
        assertThat(claims).isNotEmpty().allSatisfy(c -> assertThat(c.at("/event/type").asText()).isEqualTo("killed"));

        CliRun none = CliRun.of("search", "zzyzx", "--format", "jsonl", "--db", db.toString());
        assertThat(none.out()).isBlank();
    }

    @Test
    void searchTakesTheWorkbenchsFiltersAndOrder() throws IOException {
        List<JsonNode> figured = jsonLines(CliRun.of("search", "--figure", "--no-statements", "--sort", "figure",
                "--page-size", "200", "--format", "jsonl", "--db", db.toString()).out());
        assertThat(figured).isNotEmpty().allSatisfy(c -> assertThat(c.get("quantity").isNull()).isFalse());
        assertThat(figured.stream().map(c -> c.at("/quantity/value").asLong()).toList())
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        List<JsonNode> reported = jsonLines(CliRun.of("search", "--status", "reported", "--format", "jsonl", "--db",
                db.toString()).out());
        assertThat(reported).isNotEmpty().allSatisfy(c -> assertThat(c.get("status").asText()).isEqualTo("reported"));
        CliRun badStatus = CliRun.of("search", "--status", "maybe", "--db", db.toString());
        assertThat(badStatus.exitCode()).isEqualTo(2);
        assertThat(badStatus.err()).contains("unknown status \"maybe\"");
    }

    @Test
    void badOptionsAndMissingStoresGetOneLineErrors() {
        CliRun badEvent = CliRun.of("search", "x", "--event", "exploded", "--db", db.toString());
        assertThat(badEvent.exitCode()).isEqualTo(2);
        assertThat(badEvent.err()).contains("unknown event type \"exploded\"");
        CliRun noStore = CliRun.of("incidents", "--db", dir.resolve("missing.db").toString());
        assertThat(noStore.exitCode()).isEqualTo(2);
        assertThat(noStore.err()).contains("no store at");
        assertThat(Files.exists(dir.resolve("missing.db"))).isFalse();
    }

    @Test
    void theThreePavlohradReportsAreOneIncidentAndKupianskAnother() throws IOException {
        List<JsonNode> incidents = jsonLines(CliRun.of("incidents", "--format", "jsonl", "--db", db.toString()).out());
        JsonNode pavlohrad = incidents.stream()
                .filter(i -> i.get("article_ids").toString().contains("pavlohrad-strike-meridian")).findFirst().orElseThrow();
        assertThat(pavlohrad.get("article_ids").toString())
                .contains("pavlohrad-strike-harbour-gazette", "pavlohrad-toll-eastern-ledger")
                .doesNotContain("kupiansk");
        assertThat(pavlohrad.get("id").asText()).startsWith("inc-");
        assertThat(pavlohrad.at("/figures/killed")).isNotEmpty();
        assertThat(pavlohrad.get("corroboration").asInt()).isPositive();

        CliRun one = CliRun.of("incidents", pavlohrad.get("id").asText(), "--db", db.toString());
        assertThat(one.out()).contains("independent sources").contains("killed:");
    }

    @Test
    void incidentsSortByTollMostFirstOrLeastFirst() throws IOException {
        List<Long> most = tolls(CliRun.of("incidents", "--sort", "toll", "--format", "jsonl", "--db", db.toString()).out());
        List<Long> least = tolls(CliRun.of("incidents", "--sort", "toll", "--ascending", "--format", "jsonl", "--db", db.toString()).out());
        assertThat(most).hasSizeGreaterThanOrEqualTo(2).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(least).isSorted().containsExactlyInAnyOrderElementsOf(most);
        CliRun bad = CliRun.of("incidents", "--sort", "deaths", "--db", db.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--sort must be one of");
    }

    /** Each listed incident's best estimate of the killed, in list order (incidents without one left out). */
    private static List<Long> tolls(String jsonl) throws IOException {
        return jsonLines(jsonl).stream().flatMap(i -> java.util.stream.StreamSupport.stream(i.get("estimates").spliterator(), false))
                .filter(e -> e.get("type").asText().equals("killed")).map(e -> e.get("best").asLong()).toList();
    }

    /**
     * Issue 11: the incident of the three Pavlohrad reports shows each source's toll (the governor's 12, the
     * State Emergency Service's 15, the volunteers' 17), flags the 15 against the 17, and estimates 15 (12 to 17).
     */
    @Test
    void thePavlohradIncidentShowsEachSourcesTollAndFlagsTheRivalOnes() throws IOException {
        JsonNode pavlohrad = jsonLines(CliRun.of("incidents", "--format", "jsonl", "--db", db.toString()).out())
                .stream().filter(i -> i.get("article_ids").toString().contains("pavlohrad-toll-eastern-ledger"))
                .findFirst().orElseThrow();
        Map<String, Long> killed = new java.util.HashMap<>();
        pavlohrad.at("/figures/killed").forEach(f -> killed.put(f.get("source").asText().toLowerCase(java.util.Locale.ROOT),
                f.at("/quantity/value").asLong()));
        assertThat(killed).containsEntry("state emergency service", 15L).containsEntry("volunteer rescue group", 17L);
        assertThat(killed).hasEntrySatisfying(killed.keySet().stream()
                .filter(k -> k.contains("verbytsky") || k.contains("governor")).findFirst().orElseThrow(),
                v -> assertThat(v).isEqualTo(12L));
        assertThat(pavlohrad.get("contradictions")).anySatisfy(c -> assertThat(
                List.of(c.at("/first/quantity/value").asLong(), c.at("/second/quantity/value").asLong()))
                .containsExactlyInAnyOrder(15L, 17L));
        JsonNode estimate = java.util.stream.StreamSupport.stream(pavlohrad.get("estimates").spliterator(), false)
                .filter(e -> e.get("type").asText().equals("killed")).findFirst().orElseThrow();
        assertThat(List.of(estimate.get("best").asLong(), estimate.get("low").asLong(), estimate.get("high").asLong()))
                .containsExactly(15L, 12L, 17L);
    }

    @Test
    void timelineListsEachSourcesFigures() {
        CliRun t = CliRun.of("timeline", "people", "killed", "--db", db.toString());
        assertThat(t.exitCode()).isZero();
        assertThat(t.out()).containsPattern("\\n  2025-03-\\d\\d ");
    }

    @Test
    void csvHasOneRowPerClaimWithEventDataColumns() throws IOException {
        CliRun csv = CliRun.of("export", "--format", "csv", "--db", db.toString());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.out())).getRecords();
        int claims = jsonLines(CliRun.of("export", "--format", "jsonl", "--db", db.toString()).out()).size();
        assertThat(rows).hasSize(claims);
        assertThat(rows.get(0).toMap()).containsKeys("published", "event_type", "low", "high", "subject", "place",
                "lat", "lon", "primary_source", "chain", "status", "article_url");
    }

    @Test
    void geojsonHasAPointPerGeocodedClaimLongitudeFirst() throws IOException {
        JsonNode g = ClaimJson.mapper().readTree(CliRun.of("export", "--format", "geojson", "--db", db.toString()).out());
        assertThat(g.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(g.get("features")).isNotEmpty().allSatisfy(f -> {
            assertThat(f.at("/geometry/coordinates/0").asDouble()).isBetween(-180.0, 180.0);
            assertThat(f.at("/geometry/coordinates/1").asDouble()).isBetween(-90.0, 90.0);
        });
        // Pavlohrad lies at 35.87 E, 48.53 N: longitude comes first
        assertThat(g.get("features")).filteredOn(f -> f.at("/properties/place").asText().equals("Pavlohrad"))
                .isNotEmpty().allSatisfy(f -> {
                    assertThat(f.at("/geometry/coordinates/0").asDouble()).isBetween(35.5, 36.2);
                    assertThat(f.at("/geometry/coordinates/1").asDouble()).isBetween(48.3, 48.8);
                });
    }

    @Test
    void incidentsExportToAFileCarriesIdsFiguresAndArticleIds() throws IOException {
        Path file = dir.resolve("incidents.jsonl");
        CliRun run = CliRun.of("export", "--what", "incidents", "--format", "jsonl", "-o", file.toString(), "--db",
                db.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(jsonLines(Files.readString(file))).isNotEmpty().allSatisfy(i -> {
            assertThat(i.has("id")).isTrue();
            assertThat(i.has("figures")).isTrue();
            assertThat(i.get("article_ids")).isNotEmpty();
        });
    }

    @Test
    void theEventExportHasOneRowPerIncidentAndTypeWithPloverTypeAndBestLowHigh() throws IOException {
        CliRun run = CliRun.of("export", "--what", "events", "--format", "csv", "--db", db.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("event_id,incident_id,date_start,date_end,place,plover_event_type,event_type,best,low,high");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",Pavlohrad,ASSAULT,killed,"));
        JsonNode killed = jsonLines(CliRun.of("export", "--what", "events", "--db", db.toString()).out()).stream()
                .filter(e -> e.get("event_type").asText().equals("killed") && e.get("place").asText().equals("Pavlohrad"))
                .findFirst().orElseThrow();
        assertThat(killed.get("low").asLong()).isLessThanOrEqualTo(killed.get("best").asLong());
        assertThat(killed.get("best").asLong()).isLessThanOrEqualTo(killed.get("high").asLong());
        assertThat(killed.get("low").asLong()).isEqualTo(12);  // "at least 12", the governor's first toll
    }
}
