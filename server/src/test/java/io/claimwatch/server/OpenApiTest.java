package io.claimwatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.claimwatch.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The OpenAPI file describes exactly the API the server registers: no route undocumented, none invented. */
class OpenApiTest {
    @Test
    void everyApiRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
        JsonNode spec = new YAMLMapper().readTree(Api.resource("/openapi.yaml"));
        List<ClaimwatchServer.Route> documented = new ArrayList<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                documented.add(new ClaimwatchServer.Route(method.toUpperCase(Locale.ROOT), path.getKey()))));
        try (Store store = TestStore.empty();
             ClaimwatchServer server = ClaimwatchServer.start(store, new ClaimwatchServer.Options("127.0.0.1", 0, null, null))) {
            List<ClaimwatchServer.Route> registered = server.routes().stream().filter(r -> r.path().startsWith("/api/")).toList();
            assertThat(registered).isNotEmpty();
            assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
        }
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblems() throws Exception {
        JsonNode spec = new YAMLMapper().readTree(Api.resource("/openapi.yaml"));
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            boolean takesInput = op.getValue().has("requestBody") || op.getValue().path("parameters").findValues("in").stream()
                    .anyMatch(in -> !in.asText().equals("path")) || op.getValue().path("parameters").toString().contains("$ref");
            if (takesInput) {
                assertThat(op.getValue().get("responses").has("400")).as(op.getKey() + " " + path.getKey()).isTrue();
            }
            if (path.getKey().contains("{")) {
                assertThat(op.getValue().get("responses").has("404")).as(op.getKey() + " " + path.getKey()).isTrue();
            }
        }));
    }
}
