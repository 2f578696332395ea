package io.claimwatch.store;

import java.util.List;

/**
 * The top 20 event types, statuses, sources, outlets, actors and places of the claims matching a query, most
 * frequent first; {@code figures}: how many of them state a figure; {@code statements}: how many claims of type
 * statement the other filters match, whether the query shows them or not (what a "show statements" toggle adds).
 */
public record Facets(List<Facet> events, List<Facet> statuses, List<Facet> sources, List<Facet> outlets,
                     List<Facet> actors, List<Facet> places, long figures, long statements) {
    public Facets {
        events = List.copyOf(events);
        statuses = List.copyOf(statuses);
        sources = List.copyOf(sources);
        outlets = List.copyOf(outlets);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
    }
}
