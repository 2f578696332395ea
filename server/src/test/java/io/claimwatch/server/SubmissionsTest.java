package io.claimwatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.store.Store;
import java.net.http.HttpRequest;
import java.util.Collections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/articles}: the token rule, the limits, and real extraction of what is posted. */
class SubmissionsTest {
    private static final String TOKEN = "test-token-5";
    private static final String ARTICLE = """
            {"id": "sumy-post-1", "title": "Drone strike on Sumy bus kills nine", "published": "2025-04-14",
             "outlet": "Sumy Courier", "text": "At least nine people were killed when a drone hit a bus in Sumy on Sunday, the regional governor said."}
            """;

    private static Store store;
    private static Store readOnlyStore;
    private static ClaimwatchServer server;
    private static ClaimwatchServer readOnly;
    private static Http http;
    private static Http readOnlyHttp;

    @BeforeAll
    static void start() {
        store = TestStore.empty();
        server = ClaimwatchServer.start(store, new ClaimwatchServer.Options("127.0.0.1", 0, TOKEN, TestStore.EXTRACTOR));
        http = new Http(server);
        readOnlyStore = TestStore.empty();
        readOnly = ClaimwatchServer.start(readOnlyStore, new ClaimwatchServer.Options("127.0.0.1", 0, null, TestStore.EXTRACTOR));
        readOnlyHttp = new Http(readOnly);
    }

    @AfterAll
    static void stop() {
        server.close();
        readOnly.close();
        store.close();
        readOnlyStore.close();
    }

    @Test
    void withoutTheTokenNothingIsStored() {
        Http.Answer answer = http.post("/api/articles", null, ARTICLE.replace("sumy-post-1", "unauthorized"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(answer.json().get("message").asText()).contains("Authorization: Bearer");
        assertThat(store.hasArticle("unauthorized")).isFalse();
    }

    @Test
    void aWrongTokenIsRefused() {
        assertThat(http.post("/api/articles", "guess", ARTICLE).status()).isEqualTo(401);
        assertThat(http.post("/api/articles", TOKEN + "x", ARTICLE).status()).isEqualTo(401);
    }

    @Test
    void aServerWithoutATokenAcceptsNoWrites() {
        Http.Answer answer = readOnlyHttp.post("/api/articles", "anything", ARTICLE);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("message").asText()).contains("--write-token");
    }

    @Test
    void anArticleWithTheTokenIsExtractedStoredAndLinked() {
        Http.Answer created = http.post("/api/articles", TOKEN, ARTICLE);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode outcome = created.json().get("articles").get(0);
        assertThat(outcome.get("id").asText()).isEqualTo("sumy-post-1");
        assertThat(outcome.get("stored").asBoolean()).isTrue();
        assertThat(outcome.get("claims").asInt()).isPositive();

        JsonNode claims = http.get("/api/articles/sumy-post-1").json().get("claims").get("items");
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.get("event").get("type").asText()).isEqualTo("killed");
            assertThat(c.get("quantity").get("low").asInt()).isEqualTo(9);
        });
        assertThat(http.get("/api/claims?q=Sumy").json().get("total").asLong()).isPositive();
        assertThat(http.get("/api/incidents").json().get("total").asLong()).isPositive();

        Http.Answer again = http.post("/api/articles", TOKEN, ARTICLE);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("articles").get(0).get("stored").asBoolean()).isFalse();
    }

    @Test
    void aBatchIsAnArrayAndAnArticleWithoutIdGetsOne() {
        String batch = "[{\"text\": \"Two soldiers were wounded near Toretsk on Monday, the army said.\", \"published\": \"2025-04-15\"},"
                + " {\"id\": \"batch-2\", \"text\": \"Three people were injured in Nikopol on Monday, officials said.\"}]";
        Http.Answer answer = http.post("/api/articles", TOKEN, batch);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("articles")).hasSize(2);
        assertThat(answer.json().get("articles").get(0).get("id").asText()).isNotBlank();
        assertThat(store.hasArticle("batch-2")).isTrue();
    }

    @Test
    void malformedBodiesAre400AndStoreNothing() {
        assertThat(http.post("/api/articles", TOKEN, "{not json").status()).isEqualTo(400);
        assertThat(http.post("/api/articles", TOKEN, "42").status()).isEqualTo(400);
        assertThat(http.post("/api/articles", TOKEN, "[]").status()).isEqualTo(400);
        Http.Answer noText = http.post("/api/articles", TOKEN, "[{\"id\": \"fine\", \"text\": \"Five were killed.\"}, {\"id\": \"bad\"}]");
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.json().get("message").asText()).contains("article 2");
        assertThat(store.hasArticle("fine")).isFalse();
    }

    @Test
    void anOversizedBodyIs413() {
        String huge = "{\"id\": \"huge\", \"text\": \"" + "x".repeat(Submissions.MAX_BODY_BYTES) + "\"}";
        Http.Answer answer = http.post("/api/articles", TOKEN, huge);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("message").asText()).contains("MB");
        // without a declared length too: the body is read only up to the limit
        Http.Answer streamed = http.post("/api/articles", TOKEN, HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(streamed.status()).isEqualTo(413);
    }

    @Test
    void tooManyArticlesInOneBatchIs413() {
        String many = "[" + String.join(",", Collections.nCopies(Submissions.MAX_BATCH + 1, "{\"text\": \"x\"}")) + "]";
        assertThat(http.post("/api/articles", TOKEN, many).status()).isEqualTo(413);
    }

    @Test
    void dataAfterTheBodysJsonIs400() {
        Http.Answer answer = http.post("/api/articles", TOKEN, ARTICLE.replace("sumy-post-1", "trailing") + " {\"id\": \"x\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).contains("after");
        assertThat(store.hasArticle("trailing")).isFalse();
    }

    @Test
    void aBatchWithOneBadItemIsRefusedWholeNamingTheItemAndTheField() {
        String batch = "[{\"id\": \"good-1\", \"text\": \"Five were killed in Kherson, officials said.\"},"
                + " {\"id\": \"numeric-text\", \"text\": 123}]";
        Http.Answer answer = http.post("/api/articles", TOKEN, batch);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText())
                .isEqualTo("nothing stored: article 2: \"text\" must be a string, not a number");
        assertThat(store.hasArticle("good-1")).isFalse();
        assertThat(store.hasArticle("numeric-text")).isFalse();
    }

    @Test
    void fieldErrorsNameTheField() {
        assertThat(http.post("/api/articles", TOKEN, "{\"title\": \"no text\"}").json().get("message").asText())
                .isEqualTo("nothing stored: article 1: missing \"text\"");
        assertThat(http.post("/api/articles", TOKEN, "{\"id\": [], \"text\": \"Two were killed.\"}").json().get("message").asText())
                .contains("\"id\"");
        assertThat(http.post("/api/articles", TOKEN, "{\"id\": \"p\", \"text\": \"Two were killed.\", \"published\": \"soon\"}")
                .json().get("message").asText()).contains("\"published\"");
    }

    @Test
    void aReadOnlyStoreRefusesWritesWith403() {
        try (Store copy = Store.openReadOnly(store.file());
             ClaimwatchServer onCopy = ClaimwatchServer.start(copy,
                     new ClaimwatchServer.Options("127.0.0.1", 0, TOKEN, TestStore.EXTRACTOR))) {
            Http.Answer answer = new Http(onCopy).post("/api/articles", TOKEN, ARTICLE.replace("sumy-post-1", "read-only"));
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.json().get("message").asText()).contains("read-only");
            assertThat(store.hasArticle("read-only")).isFalse();
        }
    }
}
