package io.claimwatch.store;

/** One value of a facet and how many matching claims have it. */
public record Facet(String value, long count) {
}
