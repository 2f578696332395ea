package io.claimwatch.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What happened to the people a claim counts; {@code STATEMENT} is attributed speech with no figure. */
public enum EventType {
    KILLED, INJURED, CAPTURED, MISSING, DEPLOYED, DISPLACED, ATTACKED, STATEMENT;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType of(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
