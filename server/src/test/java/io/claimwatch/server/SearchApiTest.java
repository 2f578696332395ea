package io.claimwatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.store.Store;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workbench's search parameters and the downloads in the API, over the fixture store (see ApiTest): the
 * Kostiantynivka strike's three reports (one hedged: "as many as 10 ... may have been killed") and Kherson's.
 */
class SearchApiTest {
    private static Store store;
    private static ClaimwatchServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        store = TestStore.withFixtures();
        server = ClaimwatchServer.start(store, new ClaimwatchServer.Options("127.0.0.1", 0, null, null));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static List<String> values(JsonNode page, String pointer) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(c -> out.add(c.at(pointer).asText()));
        return out;
    }

    @Test
    void statementsAreLeftOutUnlessAskedFor() {
        JsonNode hidden = http.get("/api/claims").json();
        assertThat(values(hidden, "/event/type")).isNotEmpty().doesNotContain("statement");
        long statements = hidden.at("/facets/statements").asLong();
        assertThat(statements).isPositive();
        JsonNode shown = http.get("/api/claims?statements=true").json();
        assertThat(shown.get("total").asLong()).isEqualTo(hidden.get("total").asLong() + statements);
        assertThat(http.get("/api/claims?event=statement").json().get("total").asLong()).isEqualTo(statements);
    }

    @Test
    void theStatusFilterAndFacetAgree() {
        JsonNode all = http.get("/api/claims").json();
        long hedged = 0;
        for (JsonNode f : all.at("/facets/statuses")) {
            if (f.get("value").asText().equals("hedged")) {
                hedged = f.get("count").asLong();
            }
        }
        JsonNode page = http.get("/api/claims?status=hedged").json();
        assertThat(hedged).isPositive();
        assertThat(page.get("total").asLong()).isEqualTo(hedged);
        assertThat(values(page, "/status")).containsOnly("hedged");
        assertThat(values(page, "/text")).anySatisfy(t -> assertThat(t).contains("may have been killed"));
    }

    @Test
    void figureAndSortGiveTheLargestFiguresFirst() {
        JsonNode page = http.get("/api/claims?figure=true&sort=figure").json();
        List<Long> figures = new ArrayList<>();
        page.get("items").forEach(c -> figures.add(c.at("/quantity/value").asLong()));
        assertThat(figures).isNotEmpty().isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(page.get("items")).allSatisfy(c -> assertThat(c.get("quantity").isNull()).isFalse());
        assertThat(page.get("total").asLong()).isEqualTo(page.at("/facets/figures").asLong());
        assertThat(page.get("next").isNull()).isTrue();
    }

    @Test
    void outletActorAndEventDatesFilter() {
        assertThat(values(http.get("/api/claims?outlet=eastern%20ledger").json(), "/article/outlet")).containsOnly("Eastern Ledger");
        assertThat(values(http.get("/api/claims?actor=russian%20missile").json(), "/actor/text")).isNotEmpty()
                .containsOnly("Russian missile");
        // the strike was on Tuesday 1 April, reported on the 2nd and 3rd
        JsonNode tuesday = http.get("/api/claims?event=killed&event_from=2025-04-01&event_to=2025-04-01").json();
        assertThat(values(tuesday, "/time/start")).isNotEmpty().containsOnly("2025-04-01");
        assertThat(values(tuesday, "/article/published")).doesNotContain("2025-04-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"status=hedgy", "status=Hedged", "figure=yes", "statements=1", "sort=toll",
        "event_from=2025-04-03&event_to=2025-04-01", "event_to=tomorrow", "sort=figure&after=WyIiLCJ4IiwxXQ"})
    void badWorkbenchParametersAre400NamingTheParameter(String query) {
        for (String path : List.of("/api/claims?", "/api/claims.csv?", "/?")) {
            Http.Answer answer = http.get(path + query);
            assertThat(answer.status()).as(path + query).isEqualTo(400);
            String name = query.substring(0, query.indexOf('=')).replace("sort=figure&", "");
            assertThat(answer.body()).as(path + query).contains(query.startsWith("sort=figure&") ? "after" : name);
        }
    }

    @Test
    void theCsvDownloadHoldsEveryMatchingClaimWhateverThePage() throws IOException {
        JsonNode killed = http.get("/api/claims?event=killed&page_size=1").json();
        Http.Answer csv = http.get("/api/claims.csv?event=killed&page_size=1&page=2");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"claimwatch-claims.csv\"");
        List<CSVRecord> rows = csv(csv.body());
        assertThat(rows).hasSize((int) killed.get("total").asLong());
        assertThat(rows).extracting(r -> r.get("event_type")).containsOnly("killed");
        assertThat(rows.get(0).get("claim_id")).isEqualTo(killed.at("/items/0/id").asText());
    }

    @Test
    void jsonLinesAndGeoJsonDownloadsHaveTheirMediaTypes() throws IOException {
        Http.Answer jsonl = http.get("/api/claims.jsonl?status=hedged");
        assertThat(jsonl.header("Content-Type")).startsWith("application/x-ndjson");
        List<String> lines = jsonl.body().lines().toList();
        assertThat(lines).hasSize((int) http.get("/api/claims?status=hedged").json().get("total").asLong());
        assertThat(ClaimJson.mapper().readTree(lines.get(0)).get("status").asText()).isEqualTo("hedged");
        Http.Answer geo = http.get("/api/claims.geojson?place=Kherson");
        assertThat(geo.header("Content-Type")).startsWith("application/geo+json");
        JsonNode features = ClaimJson.mapper().readTree(geo.body()).get("features");
        assertThat(features).isNotEmpty().allSatisfy(f -> {
            assertThat(f.at("/geometry/coordinates/0").asDouble()).isBetween(32.0, 33.5);  // Kherson: 32.6 E, 46.6 N
            assertThat(f.at("/geometry/coordinates/1").asDouble()).isBetween(46.0, 47.0);
        });
    }

    @Test
    void anIncidentsDownloadsAreItsClaimsAndItsEventData() throws IOException {
        String id = store.incidents(1, 1).items().get(0).id();
        JsonNode incident = http.get("/api/incidents/" + id).json();
        List<CSVRecord> claims = csv(http.get("/api/incidents/" + id + "/claims.csv").body());
        assertThat(claims).hasSize(incident.get("claim_ids").size());
        Http.Answer events = http.get("/api/incidents/" + id + "/events.csv");
        assertThat(events.header("Content-Disposition")).contains("claimwatch-incident-" + id + "-events.csv");
        List<CSVRecord> rows = csv(events.body());
        assertThat(rows).hasSize(incident.get("estimates").size());
        CSVRecord killed = rows.stream().filter(r -> r.get("event_type").equals("killed")).findFirst().orElseThrow();
        assertThat(killed.get("plover_event_type")).isEqualTo("ASSAULT");
        assertThat(killed.get("best")).isEqualTo(incident.at("/estimates/0/best").asText());
        assertThat(killed.get("latitude")).isNotEmpty();
        assertThat(http.get("/api/incidents/nope/claims.csv").status()).isEqualTo(404);
        assertThat(http.get("/api/incidents/nope/events.jsonl").status()).isEqualTo(404);
    }

    @Test
    void theWholeStoresEventDataHasARowPerIncidentAndType() throws IOException {
        List<CSVRecord> rows = csv(http.get("/api/events.csv").body());
        assertThat(rows).extracting(r -> r.get("incident_id")).containsAll(
                store.incidents(1, 50).items().stream().map(i -> i.id()).toList());
        assertThat(rows).allSatisfy(r -> {
            assertThat(Long.parseLong(r.get("low"))).isLessThanOrEqualTo(Long.parseLong(r.get("best")));
            assertThat(Long.parseLong(r.get("best"))).isLessThanOrEqualTo(Long.parseLong(r.get("high")));
        });
    }

    @Test
    void headOfADownloadHasItsHeadersAndNoBody() {
        Http.Answer head = http.request("HEAD", "/api/claims.csv");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).startsWith("text/csv");
        assertThat(head.body()).isEmpty();
    }

    static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }
}
