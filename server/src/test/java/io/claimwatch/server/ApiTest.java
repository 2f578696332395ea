package io.claimwatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.store.Store;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The read routes of the API over the fixture store: three reports of the Kostiantynivka strike ("at least
 * eight", "as many as 10" and "twelve" killed, linked into one incident) and one Kherson article full of markup.
 */
class ApiTest {
    private static Store store;
    private static ClaimwatchServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        store = TestStore.withFixtures();
        server = ClaimwatchServer.start(store, new ClaimwatchServer.Options("127.0.0.1", 0, null, TestStore.EXTRACTOR));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    // ---- claims

    @Test
    void searchFindsClaimsByWordWithFacets() {
        JsonNode page = http.get("/api/claims?q=Kostiantynivka").json();
        assertThat(page.get("total").asLong()).isPositive();
        assertThat(page.get("items")).allSatisfy(c -> assertThat(c.get("article").get("id").asText()).startsWith("kostiantynivka"));
        assertThat(page.get("facets").get("events")).isNotEmpty();
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("page_size").asInt()).isEqualTo(50);
    }

    @Test
    void searchFiltersByEventSourceAndDates() {
        JsonNode killed = http.get("/api/claims?event=killed&source=State%20Emergency%20Service&from=2025-04-03&to=2025-04-03").json();
        assertThat(killed.get("items")).hasSize(1);
        assertThat(killed.get("items").get(0).get("quantity").get("value").asInt()).isEqualTo(12);
        assertThat(http.get("/api/claims?event=killed&to=2025-04-01").json().get("total").asLong()).isZero();
    }

    @Test
    void searchIsPaged() {
        long total = http.get("/api/claims").json().get("total").asLong();
        JsonNode first = http.get("/api/claims?page_size=2").json();
        JsonNode second = http.get("/api/claims?page_size=2&page=2").json();
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("pages").asLong()).isEqualTo((total + 1) / 2);
        assertThat(second.get("items").get(0).get("id")).isNotEqualTo(first.get("items").get(0).get("id"));
        assertThat(http.get("/api/claims?page=99").json().get("items")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"event=kiled", "from=yesterday", "to=2025-13-01", "from=2025-04-03&to=2025-04-01", "page=0",
        "page=abc", "page_size=201", "page_size=0", "page=1.5", "from=+10000-01-01", "to=+2024-01-01", "from=-0001-01-01",
        "to=%2B10000-01-01", "page=+1", "page=%2B1", "page_size=%2B20", "page=%EF%BC%91", "page=%D9%A1",
        "page_size=%EF%BC%95%EF%BC%90", "page=%E0%A5%A7", "page=99999999999"})
    void searchRejectsBadParameters(String query) {
        Http.Answer answer = http.get("/api/claims?" + query);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).contains(query.replaceAll("=.*", "").replace("&", ""));
    }

    @Test
    void searchPagesByCursorToo() {
        JsonNode first = http.get("/api/claims?page_size=2").json();
        String next = first.get("next").asText();
        JsonNode second = http.get("/api/claims?page_size=2&after=" + next).json();
        JsonNode byNumber = http.get("/api/claims?page_size=2&page=2").json();
        assertThat(second.get("items")).isEqualTo(byNumber.get("items"));
        assertThat(second.get("total")).isEqualTo(first.get("total"));
        Http.Answer bad = http.get("/api/claims?after=garbage");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("message").asText()).contains("after");
    }

    @Test
    void tooLongSearchTextIsRefused() {
        assertThat(http.get("/api/claims?q=" + "a".repeat(Params.MAX_TEXT + 1)).status()).isEqualTo(400);
    }

    @Test
    void oneClaimByIdIsTheFormatObject() {
        JsonNode any = http.get("/api/claims?q=Twelve").json().get("items").get(0);
        JsonNode claim = http.get("/api/claims/" + any.get("id").asText()).json();
        assertThat(claim).isEqualTo(any);
        assertThat(claim.has("attribution") && claim.has("hedges") && claim.has("span")).isTrue();
    }

    @Test
    void unknownClaimIs404() {
        Http.Answer answer = http.get("/api/claims/nope");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("message").asText()).contains("nope");
    }

    // ---- incidents

    @Test
    void incidentsArePagedMostToldFirst() {
        JsonNode page = http.get("/api/incidents?page_size=1").json();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("items").get(0).get("article_ids")).hasSize(3);
        assertThat(http.get("/api/incidents?page_size=500").status()).isEqualTo(400);
    }

    @Test
    void incidentHasFiguresBySourceCorroborationAndContradictions() {
        String id = strikeIncidentId();
        JsonNode incident = http.get("/api/incidents/" + id).json();
        assertThat(incident.get("label").asText()).contains("Kostiantynivka");
        assertThat(incident.get("figures").get("killed")).extracting(f -> f.get("quantity").get("text").asText())
                .containsExactly("At least eight", "As many as 10", "Twelve");  // by publication date
        assertThat(incident.get("corroboration").asInt()).isEqualTo(3);
        assertThat(incident.get("primary_sources")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("regional governor", "town's mayor", "State Emergency Service");
        // "as many as 10" and "twelve" cannot both hold; "at least eight" fits either
        assertThat(incident.get("contradictions")).anySatisfy(c -> {
            assertThat(c.get("type").asText()).isEqualTo("killed");
            assertThat(c.get("first").get("quantity").get("text").asText()).isEqualTo("As many as 10");
            assertThat(c.get("second").get("quantity").get("text").asText()).isEqualTo("Twelve");
        });
        assertThat(incident.get("relays")).isNotEmpty();
        JsonNode killed = incident.get("estimates").get(0);
        assertThat(killed.get("type").asText()).isEqualTo("killed");
        assertThat(killed.get("low").asLong()).isLessThanOrEqualTo(killed.get("best").asLong());
        assertThat(killed.get("high").asLong()).isEqualTo(12);
        assertThat(incident.get("claims").get("total").asInt()).isEqualTo(incident.get("claim_ids").size());
        assertThat(http.get("/api/incidents/" + id + "?page_size=1").json().get("claims").get("items")).hasSize(1);
    }

    @Test
    void unknownIncidentIs404() {
        assertThat(http.get("/api/incidents/inc-nope").status()).isEqualTo(404);
    }

    // ---- sources, articles, timeline, stats

    @Test
    void sourceGivesItsClaimsNewestFirst() {
        JsonNode source = http.get("/api/sources/regional%20governor").json();
        assertThat(source.get("source").asText()).isEqualTo("regional governor");
        assertThat(source.get("claims").get("total").asLong()).isPositive();
        assertThat(source.get("claims").get("items")).allSatisfy(c -> assertThat(c.get("attribution").toString()).contains("regional governor"));
    }

    @Test
    void unknownSourceIs404AndBadPageIs400() {
        assertThat(http.get("/api/sources/nobody%20at%20all").status()).isEqualTo(404);
        assertThat(http.get("/api/sources/Reuters?page=-1").status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/sources/%20", "/api/sources/%20%20", "/api/sources/%09", "/sources/%20", "/sources/%0A%20"})
    void aBlankSourceNameIsNotFoundNotEveryClaim(String path) {
        Http.Answer answer = http.get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("Kostiantynivka");
    }

    @Test
    void articleGivesTextAndClaimSpansInCodePoints() {
        JsonNode article = http.get("/api/articles/kherson-xss").json();
        String text = article.get("text").asText();
        assertThat(text).contains("<script>alert(1)</script>");
        assertThat(article.get("outlet").asText()).isEqualTo("<img src=x onerror=alert(3)>");
        assertThat(article.get("claims").get("items")).isNotEmpty().allSatisfy(c -> {
            int start = c.get("span").get(0).asInt();
            int end = c.get("span").get(1).asInt();
            String evidence = text.codePoints().skip(start).limit(end - start)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertThat(evidence).isEqualTo(c.get("text").asText());
        });
        assertThat(article.get("report_group").asText()).isEqualTo("kherson-xss");
    }

    @Test
    void unknownArticleIs404() {
        assertThat(http.get("/api/articles/nope").status()).isEqualTo(404);
    }

    @Test
    void timelineGroupsFiguresBySource() {
        JsonNode timeline = http.get("/api/timeline?party=people&event=killed").json();
        assertThat(timeline.get("party").asText()).isEqualTo("people");
        List<String> sources = new ArrayList<>();
        timeline.get("series").fieldNames().forEachRemaining(sources::add);
        assertThat(sources).contains("regional governor", "State Emergency Service");
        assertThat(timeline.get("total").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void timelineNeedsAPartyAndAKnownEvent() {
        assertThat(http.get("/api/timeline").status()).isEqualTo(400);
        assertThat(http.get("/api/timeline?party=people&event=exploded").status()).isEqualTo(400);
        assertThat(http.get("/api/timeline?party=people&page_size=999").status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%25", "%25%25", "*", "_", "%22%22", "-"})
    void aTimelinePartyWithoutAWordIsRefusedNotMatchedToEverySeries(String party) {
        Http.Answer answer = http.get("/api/timeline?party=" + party);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).contains("party");
    }

    @Test
    void headAnswersWithTheContentTypeOfGet() {
        Http.Answer head = http.request("HEAD", "/api/claims");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).startsWith("application/json");
        assertThat(http.request("HEAD", "/").header("Content-Type")).startsWith("text/html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void otherMethodsOnAKnownPathAre405(String method) {
        Http.Answer answer = http.request(method, "/api/claims");
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.json().get("status").asInt()).isEqualTo(405);
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(http.request(method, "/api/nothing-here").status()).isEqualTo(404);
    }

    @Test
    void statsCountTheStore() {
        JsonNode stats = http.get("/api/stats").json();
        assertThat(stats.get("articles").asLong()).isEqualTo(4);
        assertThat(stats.get("incidents").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void openApiFileIsServed() {
        Http.Answer answer = http.get("/api/openapi.yaml");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/yaml");
        assertThat(answer.body()).startsWith("openapi: 3.1");
    }

    // ---- errors and headers

    @Test
    void unknownApiPathIsJson404AndUnknownPageIsHtml404() {
        Http.Answer api = http.get("/api/nothing-here");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.json().get("status").asInt()).isEqualTo(404);
        Http.Answer page = http.get("/nothing-here");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Not found");
    }

    @Test
    void pagesShow404ForUnknownIdsAnd400ForBadParameters() {
        assertThat(http.get("/incidents/nope").status()).isEqualTo(404);
        assertThat(http.get("/articles/nope").status()).isEqualTo(404);
        assertThat(http.get("/sources/nobody%20at%20all").status()).isEqualTo(404);
        Http.Answer bad = http.get("/?event=kiled");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Bad request").contains("kiled");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/claims", "/static/chart.js", "/static/claimwatch.css", "/api/nothing-here", "/incidents"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        Http.Answer answer = http.get(path);
        assertThat(answer.header("Content-Security-Policy")).contains("script-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void pagesRenderForEveryKindOfThing() {
        assertThat(http.get("/").body()).contains("Kostiantynivka");
        assertThat(http.get("/incidents").body()).contains("Kostiantynivka");
        assertThat(http.get("/incidents/" + strikeIncidentId()).body()).contains("data-points=");
        assertThat(http.get("/articles/kostiantynivka-northgate").body()).contains("hl-figure");
        assertThat(http.get("/sources/regional%20governor").body()).contains("regional governor");
    }

    @Test
    void pagesEscapeArticleText() {
        String html = http.get("/articles/kherson-xss").body();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert")
                .contains("&quot; onmouseover=&quot;alert(2)").doesNotContain("\" onmouseover=\"")
                .doesNotContain("href=\"javascript:");
    }

    private static String strikeIncidentId() {
        return http.get("/api/incidents?page_size=1").json().get("items").get(0).get("id").asText();
    }
}
