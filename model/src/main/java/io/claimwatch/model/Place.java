package io.claimwatch.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * Where: the text of the article and, when the gazetteer resolves it, a name, ISO country code, coordinates and
 * the precision of that point (what kind of place it stands for). {@code precision} is null when the place is
 * unresolved, and in claims written before precision existed.
 */
public record Place(String text, String name, String country, Double lat, Double lon, Precision precision,
                    Span span) {
    /**
     * What a resolved point stands for, coarsest first: a continent, a country, a first-level division (state,
     * province, oblast, governorate), a second-level division (county, district, raion), or a populated place.
     * In JSON the lower-case name: "country", "region", "district", "city".
     */
    public enum Precision {
        CONTINENT, COUNTRY, REGION, DISTRICT, CITY;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The precision of {@code id} ("city"), or null for null. */
        @JsonCreator
        public static Precision of(String id) {
            return id == null ? null : valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    public Place {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /** A place the gazetteer did not resolve: its text and span only. */
    public static Place unresolved(String text, Span span) {
        return new Place(text, null, null, null, null, null, span);
    }

    public boolean geocoded() {
        return lat != null && lon != null;
    }
}
