package io.claimwatch.link;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an incident's claims add up to: each source's headline figure per event type, the independent primary
 * sources behind them, who relays whom, and the figures that contradict each other.
 *
 * <p>Per article and event type one figure stands for the article: the largest among its first
 * {@link #HEADLINE_CLAIMS} figured claims, because a report leads with its toll and mentions partial counts
 * ("one died at the scene") and other events further down. Syndicated copies (one report group) count once
 * as a source: two outlets running the same wire story are one report, not two.
 */
public record IncidentSummary(@JsonUnwrapped Incident incident, Map<EventType, List<SourceFigure>> figures,
                              @JsonProperty("primary_sources") Set<String> primarySources, List<Edge> relays, List<Contradiction> contradictions) {
    static final int HEADLINE_CLAIMS = 3;

    /** One hop of an attribution graph: {@code from} is relayed by {@code to} (a source to a relay or outlet). */
    public record Edge(String from, String to) {
    }

    public IncidentSummary {
        EnumMap<EventType, List<SourceFigure>> byType = new EnumMap<>(EventType.class);  // a stable order: killed first
        figures.forEach((type, list) -> byType.put(type, List.copyOf(list)));
        figures = Collections.unmodifiableMap(byType);
        primarySources = Collections.unmodifiableSet(new LinkedHashSet<>(primarySources));
        relays = List.copyOf(relays);
        contradictions = List.copyOf(contradictions);
    }

    /** The number of independent primary sources: corroboration. */
    @JsonProperty("corroboration")
    public int corroboration() {
        return primarySources.size();
    }

    /**
     * Summarises {@code claims} (those of the incident; others are ignored); {@code reportGroupOf} maps an
     * article id to its syndication group.
     */
    public static IncidentSummary of(Incident incident, List<Claim> claims, Function<String, String> reportGroupOf) {
        Set<String> members = Set.copyOf(incident.claimIds());
        Map<String, Map<EventType, List<Claim>>> byArticle = claims.stream()
                .filter(c -> members.contains(c.id()) && c.quantity() != null)
                .sorted(Comparator.comparing((Claim c) -> c.article().id()).thenComparingInt(c -> c.span().start()))
                .collect(Collectors.groupingBy(c -> c.article().id(), LinkedHashMap::new,
                        Collectors.groupingBy(c -> c.event().type(), LinkedHashMap::new, Collectors.toList())));

        Map<EventType, List<SourceFigure>> figures = new LinkedHashMap<>();
        Set<String> seenReports = new LinkedHashSet<>();
        Map<String, String> primaries = new LinkedHashMap<>();  // by case-folded name: the first spelling shown
        Set<Edge> edges = new LinkedHashSet<>();
        for (Map<EventType, List<Claim>> byType : byArticle.values()) {
            for (Map.Entry<EventType, List<Claim>> e : byType.entrySet()) {
                Claim headline = e.getValue().stream().limit(HEADLINE_CLAIMS)
                        .max(Comparator.comparingLong(c -> c.quantity().value())).orElseThrow();
                String report = reportGroupOf.apply(headline.article().id()) + '|' + e.getKey();
                if (!seenReports.add(report)) {
                    continue;  // a syndicated copy of a report already counted
                }
                SourceFigure f = figure(headline);
                figures.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(f);
                primaries.putIfAbsent(key(f.source()), f.source());
                for (int i = 0; i + 1 < f.chain().size(); i++) {
                    edges.add(new Edge(f.chain().get(i), f.chain().get(i + 1)));
                }
            }
        }
        figures.values().forEach(list -> list.sort(Comparator
                .comparing(SourceFigure::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SourceFigure::source)));
        return new IncidentSummary(incident, figures, new LinkedHashSet<>(primaries.values()), new ArrayList<>(edges), contradictions(figures));
    }

    static SourceFigure figure(Claim c) {
        List<String> chain = new ArrayList<>();
        for (Attribution a : c.attribution()) {
            chain.add(a.source());
        }
        String outlet = c.article().outlet() != null ? c.article().outlet() : "unknown outlet";
        if (chain.isEmpty() || !key(chain.get(chain.size() - 1)).equals(key(outlet))) {
            chain.add(outlet);
        }
        LocalDate published = c.article().published();
        return new SourceFigure(chain.get(0), c.event().type(), c.quantity(), c.status(), published, outlet, chain,
                c.id(), c.article().id());
    }

    private static List<Contradiction> contradictions(Map<EventType, List<SourceFigure>> figures) {
        List<Contradiction> found = new ArrayList<>();
        figures.forEach((type, list) -> {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    SourceFigure a = list.get(i);
                    SourceFigure b = list.get(j);
                    if (a.quantity().contradicts(b.quantity())) {
                        found.add(new Contradiction(type, a, b, key(a.source()).equals(key(b.source()))));
                    }
                }
            }
        });
        return found;
    }

    private static String key(String source) {
        return source.strip().toLowerCase(Locale.ROOT);
    }
}
