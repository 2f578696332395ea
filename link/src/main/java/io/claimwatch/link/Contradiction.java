package io.claimwatch.link;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.claimwatch.model.EventType;

/**
 * Two figures for one incident whose bounds cannot both hold ("8 killed" and "12 killed"; not "at least 100"
 * and "about 300"). {@code sameSource} marks a source revising its own figure over time rather than two
 * sources disagreeing.
 */
public record Contradiction(EventType type, SourceFigure first, SourceFigure second, @JsonProperty("same_source") boolean sameSource) {
}
