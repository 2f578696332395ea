package io.claimwatch.model;

import java.util.Objects;

/** The event type of a claim and the word that signals it (null trigger for statements). */
public record Event(EventType type, Evidence trigger) {
    public Event {
        Objects.requireNonNull(type, "type");
    }
}
