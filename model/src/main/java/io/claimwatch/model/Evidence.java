package io.claimwatch.model;

import java.util.Objects;

/** A piece of article text and where it stands: the proof behind one field of a claim. */
public record Evidence(String text, Span span) {
    public Evidence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
