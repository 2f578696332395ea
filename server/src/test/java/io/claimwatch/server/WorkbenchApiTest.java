package io.claimwatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The incident workbench over HTTP: the incidents list's orders, claim flags (API and form), the claim page. */
class WorkbenchApiTest {
    private static final String TOKEN = "flag-token-7";

    private static Store store;
    private static ClaimwatchServer server;
    private static ClaimwatchServer withoutToken;
    private static Http http;

    @BeforeAll
    static void start() {
        store = TestStore.withFixtures();
        server = ClaimwatchServer.start(store, new ClaimwatchServer.Options("127.0.0.1", 0, TOKEN, TestStore.EXTRACTOR));
        withoutToken = ClaimwatchServer.start(store, new ClaimwatchServer.Options("127.0.0.1", 0, null, null));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
        withoutToken.close();
        store.close();
    }

    @Test
    void incidentsSortByTollMostFirstOrLeastFirst() {
        List<Long> desc = tolls(http.get("/api/incidents?sort=toll").json());
        List<Long> asc = tolls(http.get("/api/incidents?sort=toll&order=asc").json());
        assertThat(desc).isNotEmpty().isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(asc).isSorted();
        JsonNode first = http.get("/api/incidents?sort=sources").json().get("items").get(0);
        assertThat(first.has("independent_sources")).isTrue();
        assertThat(first.has("contradictions")).isTrue();
        assertThat(first.get("flagged_claims").isInt()).isTrue();
    }

    @Test
    void anUnknownSortOrOrderIsA400() {
        Http.Answer sort = http.get("/api/incidents?sort=deaths");
        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.json().get("message").asText()).contains("sort").contains("toll");
        assertThat(http.get("/api/incidents?sort=toll&order=up").status()).isEqualTo(400);
        assertThat(http.get("/incidents?sort=TOLL").status()).isEqualTo(400);
    }

    @Test
    void aFlagIsPostedWithTheTokenAndListed() {
        String claim = anyClaim();
        Http.Answer posted = http.post("/api/claims/" + claim + "/flags", TOKEN, "{\"field\": \"quantity\", \"note\": \"an age\"}");
        assertThat(posted.status()).isEqualTo(201);
        assertThat(posted.json().get("field").asText()).isEqualTo("quantity");
        assertThat(posted.json().get("created").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        JsonNode flags = http.get("/api/claims/" + claim + "/flags").json();
        assertThat(flags.get("items")).anySatisfy(f -> assertThat(f.get("note").asText()).isEqualTo("an age"));
    }

    @Test
    void aFlagWithoutTheTokenOrWithABadFieldIsRefused() {
        String claim = anyClaim();
        int before = store.flags(claim).size();
        assertThat(http.post("/api/claims/" + claim + "/flags", null, "{\"field\": \"quantity\"}").status()).isEqualTo(401);
        assertThat(http.post("/api/claims/" + claim + "/flags", "guess", "{\"field\": \"quantity\"}").status()).isEqualTo(401);
        assertThat(http.post("/api/claims/" + claim + "/flags", TOKEN, "{\"field\": \"colour\"}").status()).isEqualTo(400);
        assertThat(http.post("/api/claims/" + claim + "/flags", TOKEN, "{\"field\": 3}").status()).isEqualTo(400);
        assertThat(http.post("/api/claims/" + claim + "/flags", TOKEN, "[1]").status()).isEqualTo(400);
        assertThat(http.post("/api/claims/nope/flags", TOKEN, "{\"field\": \"quantity\"}").status()).isEqualTo(404);
        assertThat(http.get("/api/claims/nope/flags").status()).isEqualTo(404);
        assertThat(new Http(withoutToken).post("/api/claims/" + claim + "/flags", TOKEN, "{\"field\": \"quantity\"}").status())
                .isEqualTo(403);
        assertThat(store.flags(claim)).hasSize(before);
    }

    @Test
    void theFormFlagsAndRedirectsBackButNotFromAnotherSite() throws Exception {
        String claim = anyClaim();
        int before = store.flags(claim).size();
        String form = "field=place&note=" + java.net.URLEncoder.encode("not <b>here</b>", "UTF-8") + "&token=" + TOKEN;
        HttpResponse<String> crossSite = postForm(claim, form, "https://evil.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(postForm(claim, "field=place&token=wrong", null).statusCode()).isEqualTo(401);
        assertThat(store.flags(claim)).hasSize(before);
        HttpResponse<String> ok = postForm(claim, form, "http://127.0.0.1:" + server.port());
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.headers().firstValue("Location")).hasValue("/claims/" + claim + "#flags");
        String page = http.get("/claims/" + claim).body();
        assertThat(page).contains("not &lt;b&gt;here&lt;/b&gt;").doesNotContain("not <b>here</b>");
    }

    @Test
    void theClaimPageShowsItsCitationAndIncident() {
        String claim = anyClaim();
        Http.Answer page = http.get("/claims/" + claim);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Cite this claim").contains("retrieved ").contains("/incidents/");
        assertThat(http.get("/claims/nope").status()).isEqualTo(404);
        assertThat(new Http(withoutToken).get("/claims/" + claim).body()).contains("Marking claims wrong is off")
                .doesNotContain("name=\"token\"");
    }

    private static HttpResponse<String> postForm(String claim, String form, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/claims/" + claim + "/flags"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String anyClaim() {
        return store.incidents(1, 1).items().get(0).claimIds().get(0);
    }

    private static List<Long> tolls(JsonNode page) {
        List<Long> tolls = new ArrayList<>();
        page.get("items").forEach(i -> {
            if (!i.get("toll").isNull()) {
                tolls.add(i.get("toll").asLong());
            }
        });
        return tolls;
    }
}
