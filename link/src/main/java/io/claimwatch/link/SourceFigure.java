package io.claimwatch.link;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Quantity;
import io.claimwatch.model.Status;
import java.time.LocalDate;
import java.util.List;

/**
 * One source's figure for an event type, as one article tells it: {@code source} is the primary source of the
 * claim's chain, or the outlet when the outlet asserts it; {@code chain} runs from the primary source through
 * the relays to the outlet (pronouns left out); {@code subject} the party counted, as the claim names it;
 * {@code earlier}: the report says the figure was given before it ("officials had earlier put the number of dead
 * at 12").
 */
public record SourceFigure(String source, EventType type, Quantity quantity, Status status, LocalDate published,
                           String outlet, List<String> chain, @JsonProperty("claim_id") String claimId,
                           @JsonProperty("article_id") String articleId, String subject, boolean earlier) {
    public SourceFigure {
        chain = List.copyOf(chain);
    }
}
