package io.claimwatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests Jetty refuses before any handler runs still answer as the handlers do: JSON under /api, headers everywhere. */
class HostileRequestsTest {
    private static Store store;
    private static ClaimwatchServer server;
    private static RawHttp raw;

    @BeforeAll
    static void start() {
        store = TestStore.empty();
        server = ClaimwatchServer.start(store, new ClaimwatchServer.Options("127.0.0.1", 0, null, null));
        raw = new RawHttp(server);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static void assertSecurityHeaders(RawHttp.Answer answer) {
        assertThat(answer.header("Content-Security-Policy")).as(answer.toString()).isEqualTo(SecurityHeaders.POLICY);
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    private static JsonNode json(RawHttp.Answer answer) throws Exception {
        assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/json");
        return ClaimJson.mapper().readTree(answer.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/claims/%00", "/api/claims/%ff", "/api/claims/a%00b", "/api/../api/stats",
            "/api/claims/%2e%2e/x", "/api/%2F..%2Fstats", "/api/claims/..;/x"})
    void aPathJettyRefusesUnderApiIsAJsonErrorWithTheHeaders(String path) throws Exception {
        RawHttp.Answer answer = raw.request("GET", path);
        assertThat(answer.status()).as(answer.toString()).isBetween(400, 404);
        JsonNode body = json(answer);
        assertThat(body.get("status").asInt()).isEqualTo(answer.status());
        assertThat(body.get("message").asText()).isNotBlank();
        assertSecurityHeaders(answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sources/%00", "/articles/%ff", "/static/../static/chart.js", "/%2e%2e/etc/passwd"})
    void aPathJettyRefusesElsewhereCarriesTheHeaders(String path) {
        RawHttp.Answer answer = raw.request("GET", path);
        assertThat(answer.status()).as(answer.toString()).isBetween(400, 404);
        assertThat(answer.body()).doesNotContain("Powered by Jetty");
        assertSecurityHeaders(answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/claims?q=", "/incidents?q="})
    void aUriOver8KbIsRefusedWithTheHeaders(String prefix) throws Exception {
        RawHttp.Answer answer = raw.request("GET", prefix + "a".repeat(9000));
        assertThat(answer.status()).as(answer.toString()).isIn(414, 431);
        assertThat(json(answer).get("status").asInt()).isEqualTo(answer.status());
        assertSecurityHeaders(answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/claims HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "GET /api/claims HTTP/9.9\r\n\r\n",
            "GET /api/claims HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Bad\u0001: x\r\n\r\n"})
    void aMalformedRequestIsRefusedWithTheHeaders(String request) {
        RawHttp.Answer answer = raw.send(request);
        assertThat(answer.status()).as(answer.toString()).isGreaterThanOrEqualTo(400);
        assertSecurityHeaders(answer);
    }
}
