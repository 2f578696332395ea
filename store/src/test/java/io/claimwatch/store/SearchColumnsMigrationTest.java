package io.claimwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.ClaimJson;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * A store made before V3__search_columns gets its claims' outlets and event dates filled in on opening, also one
 * that already has V4 and V4.1 (made before the search branch was merged).
 */
class SearchColumnsMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aSchemaTwoStoreIsSearchableByOutletAndEventDateAfterOpening() throws Exception {
        Path file = dir.resolve("v2.db");
        SQLiteDataSource data = new SQLiteDataSource();
        data.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(data).locations("classpath:db/migration").table("flyway_schema_history")
                .target("2").load().migrate();
        var claim = WorkbenchSearchTest.FIVE;  // Wire "wire a", about 8-9 March 2024
        try (Connection c = data.getConnection()) {
            Sql.update(c, "INSERT INTO articles (id, outlet, published, text, ingested_at) VALUES (?, ?, ?, ?, ?)",
                    "w3", "wire a", "2024-03-10", "Text.", "2024-03-10T00:00:00Z");
            Sql.update(c, "INSERT INTO claims (id, article_id, ordinal, event_type, value, text, sources, status,"
                    + " published, start_char, end_char, json) VALUES (?, ?, 0, 'injured', 5, ?, '[]', 'denied',"
                    + " '2024-03-10', 0, 10, ?)", claim.id(), "w3", claim.text(),
                    ClaimJson.mapper().writeValueAsString(claim));
        }
        try (Store store = Store.open(file)) {
            ClaimQuery all = ClaimQuery.all();
            assertThat(store.searchClaims(all.withOutlet("Wire A")).items()).containsExactly(claim);
            assertThat(store.searchClaims(all.withEventDates(LocalDate.parse("2024-03-09"), null)).items())
                    .containsExactly(claim);
            assertThat(store.searchClaims(all.withEventDates(null, LocalDate.parse("2024-03-07"))).items()).isEmpty();
        }
    }

    @Test
    void aStoreWithTheLaterMigrationsButNotV3GetsV3OnOpening() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("without-v3"));
        for (String name : List.of("V1__schema.sql", "V2__newest_first_index.sql", "V4__claim_flags.sql",
                "V4_1__incident_measures.sql")) {
            try (InputStream in = getClass().getResourceAsStream("/db/migration/" + name)) {
                Files.copy(in, migrations.resolve(name));
            }
        }
        Path file = dir.resolve("v4.db");
        SQLiteDataSource data = new SQLiteDataSource();
        data.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(data).locations("filesystem:" + migrations).table("flyway_schema_history")
                .load().migrate();
        try (Store store = Store.open(file)) {
            assertThat(store.searchClaims(ClaimQuery.all().withOutlet("Wire A")).items()).isEmpty();
        }
        try (Connection c = data.getConnection();
                var rows = c.createStatement().executeQuery(
                        "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")) {
            List<String> versions = new java.util.ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            assertThat(versions).containsExactly("1", "2", "4", "4.1", "3", "5");
        }
    }
}
