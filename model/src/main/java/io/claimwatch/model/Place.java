package io.claimwatch.model;

import java.util.Objects;

/** Where: the text of the article and, when the gazetteer resolves it, a name, ISO country code and coordinates. */
public record Place(String text, String name, String country, Double lat, Double lon, Span span) {
    public Place {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    public boolean geocoded() {
        return lat != null && lon != null;
    }
}
