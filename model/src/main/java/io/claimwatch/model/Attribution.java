package io.claimwatch.model;

import java.util.Objects;

/**
 * One link of a source chain: who ({@code source}, resolved from pronouns and descriptions), how the article
 * names them here ({@code mention}, with its span), and the cue that attributes ("said", "according to").
 */
public record Attribution(String source, PartyKind kind, String mention, Span span, String cue, Span cueSpan) {
    public Attribution {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
    }
}
