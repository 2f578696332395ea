package io.claimwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.link.Incident;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.Status;
import io.claimwatch.store.export.ClaimExport;
import io.claimwatch.store.export.ExportFormat;
import io.claimwatch.store.export.IncidentExport;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exports the CLI and the API share, over the workbench corpus: a search's claims, one incident's events. */
class ExportTest {
    static final StoredArticle FORMULA_ARTICLE = Fixtures.article("w9", "2024-01-01", "@outlet");
    static final Claim FORMULA = Fixtures.claim(FORMULA_ARTICLE, 0, io.claimwatch.model.EventType.STATEMENT,
            "=HYPERLINK(\"https://evil.example\")", null, null);

    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void ingest() {
        store = Store.open(dir.resolve("export.db"));
        store.putArticle(WorkbenchSearchTest.A1, List.of(WorkbenchSearchTest.TWELVE, WorkbenchSearchTest.QUOTE));
        store.putArticle(WorkbenchSearchTest.A2, List.of(WorkbenchSearchTest.FORTY, WorkbenchSearchTest.SHELLING));
        store.putArticle(WorkbenchSearchTest.A3, List.of(WorkbenchSearchTest.FIVE));
        store.putArticle(FORMULA_ARTICLE, List.of(FORMULA));
        store.replaceLinks(Map.of(), List.of(new Incident("i-izium", "Izium strike", "Izium", null, null,
                List.of("w1", "w2"), List.of(WorkbenchSearchTest.TWELVE.id(), WorkbenchSearchTest.FORTY.id()))));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static String claims(ClaimQuery q, ExportFormat format) throws IOException {
        StringWriter out = new StringWriter();
        ClaimExport.write(sink -> store.forEachClaim(q, sink), format, out);
        return out.toString();
    }

    static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    @Test
    void aSearchExportsAsCsvWithOneRowPerMatchingClaimWhateverItsPage() throws IOException {
        List<CSVRecord> rows = csv(claims(ClaimQuery.all().withFigure(true).withPage(1, 1), ExportFormat.CSV));
        assertThat(rows).extracting(r -> r.get("claim_id")).containsExactly(WorkbenchSearchTest.FIVE.id(),
                WorkbenchSearchTest.FORTY.id(), WorkbenchSearchTest.TWELVE.id());
        CSVRecord twelve = rows.get(2);
        assertThat(twelve.get("figure")).isEqualTo("12");
        assertThat(twelve.get("event_date")).isEqualTo("2024-02-28");
        assertThat(twelve.get("published")).isEqualTo("2024-03-01");
        assertThat(twelve.get("actor")).isEqualTo("Russian drones");
        assertThat(rows.get(1).get("status")).isEqualTo("hedged");
        assertThat(rows.get(0).get("lat")).as("no place: an empty field").isEmpty();
    }

    @Test
    void textThatASpreadsheetWouldRunIsMadeInertInCsvOnly() throws IOException {
        ClaimQuery formula = ClaimQuery.all().withOutlet("@outlet");
        CSVRecord row = csv(claims(formula, ExportFormat.CSV)).get(0);
        assertThat(row.get("text")).isEqualTo("'=HYPERLINK(\"https://evil.example\")");
        assertThat(row.get("outlet")).isEqualTo("'@outlet");
        assertThat(claims(formula, ExportFormat.JSONL)).contains("\"text\":\"=HYPERLINK(");
    }

    @Test
    void jsonLinesAreTheClaimsThemselvesOneALine() throws IOException {
        List<String> lines = claims(ClaimQuery.all().withStatus(Status.REPORTED), ExportFormat.JSONL).lines().toList();
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"id\":"));
        assertThat(ClaimJson.mapper().readValue(lines.get(0), Claim.class)).isEqualTo(WorkbenchSearchTest.TWELVE);
    }

    @Test
    void geojsonHasAPointPerGeocodedClaimLongitudeFirst() throws IOException {
        JsonNode g = ClaimJson.mapper().readTree(claims(ClaimQuery.all(), ExportFormat.GEOJSON));
        assertThat(g.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(g.get("features")).singleElement().satisfies(f -> {
            assertThat(f.at("/geometry/coordinates/0").asDouble()).isEqualTo(37.5844);
            assertThat(f.at("/geometry/coordinates/1").asDouble()).isEqualTo(48.7389);
            assertThat(f.at("/properties/claim_id").asText()).isEqualTo(WorkbenchSearchTest.TWELVE.id());
            assertThat(f.at("/properties").has("lat")).isFalse();
            assertThat(f.at("/properties/precision").asText()).isEqualTo("city");
        });
    }

    @Test
    void eventDataHasOneRowPerIncidentAndTypeWithItsPloverTypeEstimateAndPoint() throws IOException {
        StringWriter out = new StringWriter();
        Incident izium = store.incident("i-izium").orElseThrow();
        IncidentExport.events(store, sink -> sink.accept(izium), ExportFormat.CSV, out);
        List<CSVRecord> rows = csv(out.toString());
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("event_id")).isEqualTo("i-izium:killed");
            assertThat(r.get("plover_event_type")).isEqualTo("ASSAULT");
            assertThat(r.get("low")).isEqualTo("12");
            assertThat(r.get("high")).isEqualTo("40");
            // the hedged 40 is no best while the governor's 12 stands
            assertThat(r.get("best")).isEqualTo("12");
            assertThat(r.get("best_source")).isEqualTo("governor");
            assertThat(r.get("source_count")).isEqualTo("2");
            assertThat(r.get("latitude")).isEqualTo("48.7389");
            assertThat(r.get("longitude")).isEqualTo("37.5844");
            assertThat(r.get("precision")).isEqualTo("city");
            assertThat(r.get("where_prec")).as("UCDP GED's code of a town").isEqualTo("1");
        });
    }

    @Test
    void eventDataAsJsonLinesKeepsNumbersAndNulls() throws IOException {
        StringWriter out = new StringWriter();
        IncidentExport.events(store, IncidentExport.all(store), ExportFormat.JSONL, out);
        JsonNode row = ClaimJson.mapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(row.get("best").isNumber()).isTrue();
        assertThat(row.get("date_start").isNull()).isTrue();
        assertThat(row.get("high_open").asBoolean()).isFalse();
    }

    @Test
    void anIncidentsGeojsonPointCarriesThePrecisionOfItsPlace() throws IOException {
        StringWriter out = new StringWriter();
        Incident izium = store.incident("i-izium").orElseThrow();
        IncidentExport.figures(store, sink -> sink.accept(izium), ExportFormat.GEOJSON, out);
        JsonNode g = ClaimJson.mapper().readTree(out.toString());
        assertThat(g.get("features")).singleElement().satisfies(f -> {
            assertThat(f.at("/properties/incident_id").asText()).isEqualTo("i-izium");
            assertThat(f.at("/properties/precision").asText()).isEqualTo("city");
        });
    }
}
