package io.claimwatch.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a figure is stated: exactly, approximately, as a bound, as a range, or vaguely ("dozens"). */
public enum Qualifier {
    EXACT, ABOUT, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, RANGE, VAGUE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Qualifier of(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
