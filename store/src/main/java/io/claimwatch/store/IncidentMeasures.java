package io.claimwatch.store;

/**
 * What the incidents list sorts by, from an incident's summary at linking time: {@code toll} is the best
 * estimate of the killed (null when no report gives a figure of the killed), {@code independentSources} the
 * independent primary sources, {@code contradictions} the contradiction lines.
 */
public record IncidentMeasures(Long toll, int independentSources, int contradictions) {
    public IncidentMeasures {
        if (toll != null && toll < 0 || independentSources < 0 || contradictions < 0) {
            throw new IllegalArgumentException("negative measure: " + toll + ", " + independentSources + ", " + contradictions);
        }
    }
}
