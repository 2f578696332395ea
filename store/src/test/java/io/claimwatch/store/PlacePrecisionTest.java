package io.claimwatch.store;

import static io.claimwatch.model.EventType.KILLED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.Place;
import io.claimwatch.model.Span;
import io.claimwatch.store.export.ClaimExport;
import io.claimwatch.store.export.ExportFormat;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * The precision of a claim's place (issue 12) kept by the store (column place_precision, V5), counted for the
 * map, and carried by the exports; a store made before V5 keeps its claims, with their precision unknown.
 */
class PlacePrecisionTest {
    static final StoredArticle A = Fixtures.article("p1", "2024-03-01", "Wire A");
    static final StoredArticle B = Fixtures.article("p2", "2024-03-02", "Wire B");
    static final Claim CITY = Fixtures.claim(A, 0, KILLED, "Two were killed in Kramatorsk.", "people",
            new Place("Kramatorsk", "Kramatorsk", "UA", 48.7389, 37.5844, Place.Precision.CITY, new Span(19, 29)));
    static final Claim COUNTRY = Fixtures.claim(B, 0, KILLED, "Nine were killed in Ukraine.", "people",
            new Place("Ukraine", "Ukraine", "UA", 49.0, 32.0, Place.Precision.COUNTRY, new Span(20, 27)));
    static final Claim NOWHERE = Fixtures.claim(B, 40, KILLED, "Three were killed in Qwxzy.", "people",
            Place.unresolved("Qwxzy", new Span(61, 66)));

    @TempDir
    Path dir;

    @Test
    void geocodedClaimsAndTheirPrecisionsAreCountedOverTheWholeQuery() {
        try (Store store = Store.open(dir.resolve("p.db"))) {
            store.putArticle(A, List.of(CITY));
            store.putArticle(B, List.of(COUNTRY, NOWHERE));
            // newest first, the unresolved one left out
            assertThat(store.geocodedClaims(ClaimQuery.all(), 1)).containsExactly(COUNTRY);
            assertThat(store.geocodedClaims(ClaimQuery.all(), 10)).containsExactly(COUNTRY, CITY);
            // counted beyond the limit: the counts' sum is every geocoded claim
            Map<String, Long> counts = store.precisionCounts(ClaimQuery.all());
            assertThat(counts).containsExactly(Map.entry("country", 1L), Map.entry("city", 1L));
            assertThat(geocoded(counts)).isEqualTo(2);
            assertThat(store.precisionCounts(ClaimQuery.all().withOutlet("Wire A"))).containsOnlyKeys("city");
        }
    }

    @Test
    void csvHasThePrecisionAfterTheLongitudeAndGeojsonPointsCarryIt() throws Exception {
        assertThat(ClaimExport.COLUMNS.indexOf("precision")).isEqualTo(ClaimExport.COLUMNS.indexOf("lon") + 1);
        try (Store store = Store.open(dir.resolve("e.db"))) {
            store.putArticle(A, List.of(CITY));
            store.putArticle(B, List.of(COUNTRY, NOWHERE));
            List<CSVRecord> rows = ExportTest.csv(export(store, ExportFormat.CSV));
            assertThat(rows).extracting(r -> r.get("precision")).containsExactly("country", "", "city");
            JsonNode g = ClaimJson.mapper().readTree(export(store, ExportFormat.GEOJSON));
            List<String> precisions = new ArrayList<>();
            g.get("features").forEach(f -> precisions.add(f.at("/properties/precision").asText()));
            assertThat(precisions).containsExactly("country", "city");
        }
    }

    @Test
    void aStoreMadeBeforeV5KeepsItsClaimsWithTheirPrecisionUnknownAndFillsItFromTheirJson() throws Exception {
        Path file = dir.resolve("v4.db");
        SQLiteDataSource data = new SQLiteDataSource();
        data.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(data).locations("classpath:db/migration").table("flyway_schema_history")
                .target("4.1").load().migrate();
        ObjectNode old = (ObjectNode) ClaimJson.mapper().valueToTree(COUNTRY);
        ((ObjectNode) old.get("place")).remove("precision");  // as an extractor before issue 12 wrote it
        try (Connection c = data.getConnection()) {
            Sql.update(c, "INSERT INTO articles (id, outlet, published, text, ingested_at) VALUES (?, ?, ?, ?, ?)",
                    "p2", "Wire B", "2024-03-02", "Text.", "2024-03-02T00:00:00Z");
            insert(c, CITY, 0, ClaimJson.mapper().writeValueAsString(CITY));
            insert(c, COUNTRY, 1, ClaimJson.mapper().writeValueAsString(old));
        }
        try (Store store = Store.open(file)) {
            Map<String, Long> counts = store.precisionCounts(ClaimQuery.all());
            assertThat(counts).containsExactly(Map.entry("city", 1L), Map.entry("unknown", 1L));
            Claim read = store.claim(COUNTRY.id()).orElseThrow();
            assertThat(read.place().precision()).isNull();
            assertThat(read.place().lat()).isEqualTo(49.0);
            // still on the map and counted in its total
            assertThat(store.geocodedClaims(ClaimQuery.all(), 10)).hasSize(2);
            assertThat(geocoded(counts)).isEqualTo(2);
        }
    }

    /** How many geocoded claims the counts are of: the map's total. */
    private static long geocoded(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static void insert(Connection c, Claim claim, int ordinal, String json) throws Exception {
        Place p = claim.place();
        Sql.update(c, "INSERT INTO claims (id, article_id, ordinal, event_type, value, text, place_text, place_name,"
                + " country, lat, lon, sources, status, published, start_char, end_char, json)"
                + " VALUES (?, 'p2', ?, 'killed', 12, ?, ?, ?, ?, ?, ?, '[]', 'asserted', '2024-03-02', 0, 10, ?)",
                claim.id(), ordinal, claim.text(), p.text(), p.name(), p.country(), p.lat(), p.lon(), json);
    }

    private static String export(Store store, ExportFormat format) throws Exception {
        StringWriter out = new StringWriter();
        ClaimExport.write(sink -> store.forEachClaim(ClaimQuery.all(), sink), format, out);
        return out.toString();
    }
}
