package io.claimwatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.ingest.Ingest;
import io.claimwatch.store.Store;
import org.junit.jupiter.api.Test;

/** {@code claimwatch demo}'s path: the bundled examples, read from the classpath with the real extractor, then served. */
class DemoArticlesTest {
    @Test
    void theBundledExamplesLinkTheSyndicatedReportsIntoOneIncident() {
        try (Store store = TestStore.empty()) {
            Ingest.Summary first = DemoArticles.ingest(store, null, TestStore.EXTRACTOR);
            assertThat(first.stored()).isEqualTo(4);
            assertThat(first.claims()).isPositive();
            assertThat(DemoArticles.ingest(store, null, TestStore.EXTRACTOR).stored()).as("idempotent").isZero();
            try (ClaimwatchServer server = ClaimwatchServer.start(store, new ClaimwatchServer.Options("127.0.0.1", 0, null, null))) {
                Http http = new Http(server);
                JsonNode top = http.get("/api/incidents?page_size=1").json().get("items").get(0);
                assertThat(top.get("article_ids").size()).isGreaterThanOrEqualTo(2);
                assertThat(top.get("label").asText()).containsIgnoringCase("Pavlohrad");
                JsonNode incident = http.get("/api/incidents/" + top.get("id").asText()).json();
                assertThat(incident.get("figures").get("killed")).isNotEmpty();
                assertThat(incident.get("estimates").get(0).get("type").asText()).isEqualTo("killed");
                String page = http.get("/incidents/" + top.get("id").asText()).body();
                assertThat(page).contains("syndicated copy of Meridian Wire").contains("Best estimate, low and high");
                assertThat(http.get("/").body()).contains("Pavlohrad").doesNotContain("No articles yet");
            }
        }
    }
}
