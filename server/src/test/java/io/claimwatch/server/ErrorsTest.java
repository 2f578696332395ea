package io.claimwatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A failure inside the server is a 500 that tells the client nothing about the internals, and the log all. */
class ErrorsTest {
    @Test
    void aFailingStoreGivesA500WithoutDetails() {
        Store store = TestStore.empty();
        PrintStream stderr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (ClaimwatchServer server = ClaimwatchServer.start(store, new ClaimwatchServer.Options("127.0.0.1", 0, null, null))) {
            Http http = new Http(server);
            store.close();  // every read fails from here on
            Http.Answer api = http.get("/api/stats");
            assertThat(api.status()).isEqualTo(500);
            assertThat(api.json().get("message").asText()).isEqualTo("internal error; the server log has the details");
            assertThat(api.body()).doesNotContain("Store").doesNotContain(".db");
            Http.Answer page = http.get("/");
            assertThat(page.status()).isEqualTo(500);
            assertThat(page.body()).contains("internal error").doesNotContain(".db");
            assertThat(page.header("Content-Security-Policy")).isNotNull();
        } finally {
            System.setErr(stderr);
        }
        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("claimwatch server: GET /api/stats failed", "claimwatch server: GET / failed")
                .contains("StoreException").contains("is closed");
    }
}
