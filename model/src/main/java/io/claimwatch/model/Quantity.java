package io.claimwatch.model;

import java.util.Objects;

/**
 * A figure as stated ({@code value}) and the bounds it implies: "at least 100" is low 100, high open (null);
 * "between 30 and 40" is low 30, high 40. Bounds follow the low/high estimates of event datasets.
 */
public record Quantity(String text, long value, Qualifier qualifier, Long low, Long high, Span span) {
    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(span, "span");
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("low " + low + " above high " + high);
        }
    }

    /** True when no value can satisfy both this figure's bounds and the other's. */
    public boolean contradicts(Quantity other) {
        long lo1 = low == null ? Long.MIN_VALUE : low;
        long hi1 = high == null ? Long.MAX_VALUE : high;
        long lo2 = other.low == null ? Long.MIN_VALUE : other.low;
        long hi2 = other.high == null ? Long.MAX_VALUE : other.high;
        return hi1 < lo2 || hi2 < lo1;
    }
}
