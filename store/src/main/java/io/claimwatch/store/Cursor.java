package io.claimwatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.claimwatch.model.ClaimJson;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of claim search ended: the sort key of its last claim (publication date or "" for undated,
 * article id, position in the article), as URL-safe base64 of a JSON array. Opaque to callers.
 */
record Cursor(String published, String articleId, long ordinal) {
    String encode() {
        ArrayNode array = ClaimJson.mapper().createArrayNode().add(published).add(articleId).add(ordinal);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code text} is not a cursor this class wrote */
    static Cursor decode(String text) {
        try {
            JsonNode array = ClaimJson.mapper().readTree(Base64.getUrlDecoder().decode(text));
            if (array != null && array.isArray() && array.size() == 3 && array.get(0).isTextual()
                    && array.get(1).isTextual() && array.get(2).canConvertToLong()) {
                return new Cursor(array.get(0).textValue(), array.get(1).textValue(), array.get(2).longValue());
            }
        } catch (IllegalArgumentException | JsonProcessingException e) {
            // falls through to the message below
        } catch (java.io.IOException e) {
            // likewise: bytes that are no JSON
        }
        throw new IllegalArgumentException("not a cursor of a claim search: \"" + (text.length() > 40
                ? text.substring(0, 40) + "..." : text) + "\" (use the \"next\" of a page)");
    }
}
