package io.claimwatch.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One sourced claim about an event, with evidence spans for each part. See docs/FORMAT.md for the JSON shape.
 */
@JsonPropertyOrder({"id", "article", "text", "span", "event", "quantity", "subject", "actor", "place", "time",
        "attribution", "status", "hedges"})
public record Claim(String id, ArticleRef article, String text, Span span, Event event, Quantity quantity,
                    Evidence subject, Evidence actor, Place place, TimeSpan time, List<Attribution> attribution,
                    Status status, List<Evidence> hedges) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(status, "status");
        attribution = attribution == null ? List.of() : List.copyOf(attribution);
        hedges = hedges == null ? List.of() : List.copyOf(hedges);
    }

    /** The first party of the chain, or null when the outlet asserts the claim itself. */
    public Attribution primarySource() {
        return attribution.isEmpty() ? null : attribution.get(0);
    }
}
