package io.claimwatch.link;

import io.claimwatch.model.EventType;

/**
 * Two sources' figures of one event type about one party in one incident whose bounds cannot both hold
 * ("8 killed" and "12 killed"; not "at least 100" and "about 300").
 */
public record Contradiction(EventType type, SourceFigure first, SourceFigure second) {
}
