package io.claimwatch.store;

import java.util.List;

/** The top 20 event types, sources and places of the claims matching a query, most frequent first. */
public record Facets(List<Facet> events, List<Facet> sources, List<Facet> places) {
    public Facets {
        events = List.copyOf(events);
        sources = List.copyOf(sources);
        places = List.copyOf(places);
    }
}
