package io.claimwatch.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One sourced claim about an event, with evidence spans for each part. See docs/FORMAT.md for the JSON shape.
 */
@JsonPropertyOrder({"id", "article", "text", "span", "event", "quantity", "subject", "actor", "place", "time",
        "attribution", "status", "hedges", "in"})
public record Claim(String id, ArticleRef article, String text, Span span, Event event, Quantity quantity,
                    Evidence subject, Evidence actor, Place place, TimeSpan time, List<Attribution> attribution,
                    Status status, List<Evidence> hedges, String in) {
    /** Where the claim's spans point: the article's text, or its title (a headline is text too). */
    public static final String IN_TEXT = "text";
    public static final String IN_TITLE = "title";

    /** A claim of the article's text. */
    public Claim(String id, ArticleRef article, String text, Span span, Event event, Quantity quantity,
                 Evidence subject, Evidence actor, Place place, TimeSpan time, List<Attribution> attribution,
                 Status status, List<Evidence> hedges) {
        this(id, article, text, span, event, quantity, subject, actor, place, time, attribution, status, hedges,
                IN_TEXT);
    }

    public Claim {
        in = in == null ? IN_TEXT : in;
        if (!in.equals(IN_TEXT) && !in.equals(IN_TITLE)) {
            throw new IllegalArgumentException("in: want text or title, got " + in);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(status, "status");
        attribution = attribution == null ? List.of() : List.copyOf(attribution);
        hedges = hedges == null ? List.of() : List.copyOf(hedges);
    }

    public boolean inTitle() {
        return IN_TITLE.equals(in);
    }

    /** The same claim, its spans pointing into the article's title, with the id it gets there. */
    public Claim inTitle(String titleId) {
        return new Claim(titleId, article, text, span, event, quantity, subject, actor, place, time, attribution,
                status, hedges, IN_TITLE);
    }

    /** The first party of the chain, or null when the outlet asserts the claim itself. */
    public Attribution primarySource() {
        return attribution.isEmpty() ? null : attribution.get(0);
    }
}
