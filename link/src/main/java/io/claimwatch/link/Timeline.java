package io.claimwatch.link;

import io.claimwatch.model.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For a party and an event type, each source's figures by publication date: how a toll evolves as each
 * source tells it (the rows of a casualty table kept by hand).
 */
public final class Timeline {
    private Timeline() {
    }

    /** Figured claims grouped by primary source (the outlet when asserted), each group oldest first. */
    public static Map<String, List<SourceFigure>> bySource(List<Claim> claims) {
        Map<String, List<SourceFigure>> series = new LinkedHashMap<>();
        claims.stream()
                .filter(c -> c.quantity() != null)
                .map(IncidentSummary::figure)
                .sorted(Comparator.comparing(SourceFigure::published, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(f -> series.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f));
        return series;
    }
}
