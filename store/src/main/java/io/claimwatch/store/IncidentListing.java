package io.claimwatch.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.claimwatch.link.Incident;

/**
 * An incident as the incidents list shows it: the incident with the measures it is sorted by (null where the
 * store was linked before they were kept) and how many of its claims a reader marked wrong.
 */
public record IncidentListing(@JsonUnwrapped Incident incident, Long toll,
                              @JsonProperty("independent_sources") Integer independentSources,
                              Integer contradictions, @JsonProperty("flagged_claims") int flaggedClaims) {
}
