package io.claimwatch.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.BinaryOperator;

/**
 * Reads one article object of a JSON Lines corpus: {@code id} and {@code text} required; {@code title},
 * {@code published} or {@code date}, {@code outlet} or {@code source}, {@code url} optional.
 *
 * <p>Strict, so that nothing is stored other than what was sent: the line holds one object and nothing after
 * it, no field twice; every known field is a string or null; the id is non-blank, at most
 * {@value #MAX_ID_CHARS} characters, without control characters (a NUL-holding id is stored but can never be
 * asked for in a URL); a publication date that is given must be read. Each message names the field.
 */
public final class ArticleJson {
    /** Longer ids are refused: ids are URL path segments and table keys, not text. */
    public static final int MAX_ID_CHARS = 1000;

    private static final ObjectReader READER = ClaimJson.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ArticleJson() {
    }

    /** @throws IllegalArgumentException with a reason a user can act on */
    public static Article parse(String line) {
        return parse(line, null);
    }

    /**
     * As {@link #parse(String)}, but an object without {@code id} (or with {@code "id": null}) gets
     * {@code missingId.apply(url, text)} instead of being refused.
     */
    public static Article parse(String line, BinaryOperator<String> missingId) {
        return read(tree(line), missingId);
    }

    /** The object's fields as an article; the same checks as {@link #parse(String, BinaryOperator)}. */
    public static Article read(JsonNode node, BinaryOperator<String> missingId) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String body = string(node, "text");
        if (body == null) {
            throw new IllegalArgumentException("missing \"text\"");
        }
        String url = string(node, "url");
        String id = string(node, "id");
        if (id == null) {
            if (missingId == null) {
                throw new IllegalArgumentException("missing \"id\"");
            }
            id = missingId.apply(url, body);
        } else {
            checkId(id);
        }
        // both names of a field are checked, whichever is used: a bad "source" beside a good "outlet" is refused
        String outlet = string(node, "outlet");
        String source = string(node, "source");
        LocalDate published = published(node, "published");
        LocalDate date = published(node, "date");
        return new Article(id, body, string(node, "title"), published != null ? published : date,
                outlet != null ? outlet : source, url);
    }

    private static JsonNode tree(String line) {
        try {
            return READER.readTree(line);
        } catch (MismatchedInputException e) {
            throw new IllegalArgumentException("not valid JSON: " + (e.getOriginalMessage().startsWith("Trailing token")
                    ? "more data after the article object" : e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static void checkId(String id) {
        if (id.isBlank()) {
            throw new IllegalArgumentException("\"id\" is empty");
        }
        if (id.length() > MAX_ID_CHARS) {
            throw new IllegalArgumentException("\"id\" is longer than " + MAX_ID_CHARS + " characters");
        }
        if (id.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("\"id\" holds a control character");
        }
    }

    /** A given date must be read: "2024-12-19", or a timestamp that starts with one ("2024-12-19T08:00:00Z"). */
    private static LocalDate published(JsonNode node, String field) {
        String value = string(node, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = date(value.strip());
        if (date == null) {
            throw new IllegalArgumentException("\"" + field + "\" is not a date (YYYY-MM-DD): " + quoted(value));
        }
        return date;
    }

    /** Accepts "2024-12-19" and timestamps that start with a date ("2024-12-19T08:00:00Z"); else null. */
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

    /** The field's string, null when absent or null, refused when it is anything else. */
    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string, not " + kind(value));
        }
        return value.textValue();
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().name().toLowerCase();
        };
    }

    private static String quoted(String value) {
        return "\"" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "\"";
    }
}
