package io.claimwatch.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of party speaks in an attribution chain. */
public enum PartyKind {
    PERSON, ORGANIZATION, OUTLET, GOVERNMENT, DOCUMENT, UNKNOWN;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
