package io.claimwatch.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads one article object of a JSON Lines corpus: {@code id} and {@code text} required; {@code title},
 * {@code published} or {@code date}, {@code outlet} or {@code source}, {@code url} optional.
 */
public final class ArticleJson {
    private ArticleJson() {
    }

    /** @throws IllegalArgumentException with a reason a user can act on */
    public static Article parse(String line) {
        JsonNode node;
        try {
            node = ClaimJson.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String id = text(node, "id");
        String body = text(node, "text");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("missing \"id\"");
        }
        if (body == null) {
            throw new IllegalArgumentException("article " + id + " has no \"text\"");
        }
        String outlet = text(node, "outlet") != null ? text(node, "outlet") : text(node, "source");
        String date = text(node, "published") != null ? text(node, "published") : text(node, "date");
        return new Article(id, body, text(node, "title"), date(date), outlet, text(node, "url"));
    }

    /** Accepts "2024-12-19" and timestamps that start with a date ("2024-12-19T08:00:00Z"). */
    public static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
