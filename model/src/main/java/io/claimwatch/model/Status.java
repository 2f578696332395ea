package io.claimwatch.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The epistemic status of a claim as the article presents it. */
public enum Status {
    /** the outlet states it itself */
    ASSERTED,
    /** attributed to a source */
    REPORTED,
    /** softened: could, may, appears to, reportedly, allegedly... */
    HEDGED,
    /** a party denies it */
    DENIED,
    /** a party has not acknowledged or declined to confirm it */
    UNACKNOWLEDGED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
