package io.claimwatch.store.export;

import io.claimwatch.link.Estimate;
import io.claimwatch.link.Incident;
import io.claimwatch.link.IncidentSummary;
import io.claimwatch.link.SourceFigure;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.Place;
import io.claimwatch.store.Page;
import io.claimwatch.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Incidents in two shapes: figures by source (one row per report's figure, with the incident's estimate beside
 * it; JSON Lines: the incident summary of the API) and event data (one row per incident and event type, as in
 * UCDP GED and ACLED: the PLOVER event type, best/low/high, dates, place and coordinates, how many sources).
 */
public final class IncidentExport {
    public static final List<String> FIGURE_COLUMNS = List.of("incident_id", "label", "place", "start", "end",
            "articles", "corroboration", "event_type", "source", "figure", "qualifier", "low", "high", "published",
            "outlet", "chain", "contradicted", "claim_id", "best", "estimate_low", "estimate_high", "lat", "lon",
            "precision");

    /**
     * One row per incident and event type. {@code best}/{@code low}/{@code high}: the incident's estimate (the
     * rule: link's Estimates, docs/API.md); {@code high_open}: the high is itself a lower bound ("at least 17");
     * {@code latitude}/{@code longitude}: the place of the best figure's claim, else of the incident's place;
     * {@code precision}: what that point stands for ("city", "district", "region", "country", "continent"), and
     * {@code where_prec} the same as UCDP GED's code (1 a town, 3 a second-level division, 4 a first-level one,
     * 6 a country; empty for a continent or an unknown precision);
     * {@code source_count}: the sources weighed, {@code corroboration}: the incident's independent primary sources.
     */
    public static final List<String> EVENT_COLUMNS = List.of("event_id", "incident_id", "date_start", "date_end",
            "place", "plover_event_type", "event_type", "best", "low", "high", "high_open", "latitude", "longitude",
            "precision", "where_prec", "country", "source_count", "corroboration", "sources", "best_source",
            "best_published", "best_claim_id",
            "articles", "label");

    private IncidentExport() {
    }

    /** Every incident of the store, most reported first, read a page at a time. */
    public static Each<Incident> all(Store store) {
        return sink -> {
            for (int page = 1; ; page++) {
                Page<Incident> p = store.incidents(page, Page.MAX_SIZE);
                p.items().forEach(sink);
                if ((long) page * p.pageSize() >= p.total() || p.items().isEmpty()) {
                    return;
                }
            }
        };
    }

    /** Figures by source; GeoJSON: a point per incident at its first geocoded claim, with its estimates. */
    public static void figures(Store store, Each<Incident> incidents, ExportFormat format, Writer out) throws IOException {
        if (format == ExportFormat.JSONL) {
            var json = ClaimJson.mapper().writer();
            summaries(store, incidents, (s, claims) -> {
                try {
                    out.write(json.writeValueAsString(s));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
            return;
        }
        Table table = new Table(format, FIGURE_COLUMNS, "lat", "lon", out);
        summaries(store, incidents, (s, claims) -> {
            Incident i = s.incident();
            Optional<Place> point = point(s, null, claims);
            if (format == ExportFormat.GEOJSON) {  // one point per incident, not per figure
                Map<String, Estimate> byType = s.estimates().stream()
                        .collect(Collectors.toMap(e -> e.type().id(), e -> e, (a, b) -> a));
                Estimate killed = byType.get("killed");
                table.add(Arrays.asList(i.id(), i.label(), i.place(), i.start(), i.end(), i.articleIds().size(),
                        s.corroboration(), killed == null ? null : "killed", null, null, null, null, null, null, null,
                        null, !s.contradictions().isEmpty(), null, killed == null ? null : killed.best(),
                        killed == null ? null : killed.low(), killed == null ? null : killed.high(),
                        point.map(Place::lat).orElse(null), point.map(Place::lon).orElse(null),
                        ClaimExport.precision(point.orElse(null))));
                return;
            }
            for (List<SourceFigure> figures : s.figures().values()) {
                for (SourceFigure f : figures) {
                    boolean contradicted = s.contradictions().stream().anyMatch(x -> x.first() == f || x.second() == f);
                    Optional<Estimate> e = s.estimates().stream().filter(x -> x.type() == f.type()).findFirst();
                    table.add(Arrays.asList(i.id(), i.label(), i.place(), i.start(), i.end(), i.articleIds().size(),
                            s.corroboration(), f.type().id(), f.source(), f.quantity().value(),
                            f.quantity().qualifier().id(), f.quantity().low(), f.quantity().high(), f.published(),
                            f.outlet(), String.join(" > ", f.chain()), contradicted, f.claimId(),
                            e.map(Estimate::best).orElse(null), e.map(Estimate::low).orElse(null),
                            e.map(Estimate::high).orElse(null), point.map(Place::lat).orElse(null),
                            point.map(Place::lon).orElse(null), ClaimExport.precision(point.orElse(null))));
                }
            }
        });
        table.finish();
    }

    /** Event data: one row per incident and event type with an estimate. */
    public static void events(Store store, Each<Incident> incidents, ExportFormat format, Writer out) throws IOException {
        Table table = new Table(format, EVENT_COLUMNS, "latitude", "longitude", out);
        summaries(store, incidents, (s, claims) -> eventRows(s, claims).forEach(table::add));
        table.finish();
    }

    static List<List<Object>> eventRows(IncidentSummary s, List<Claim> claims) {
        Incident i = s.incident();
        return s.estimates().stream().map(e -> {
            Optional<Place> point = point(s, e.bestSource(), claims);
            return Arrays.<Object>asList(i.id() + ":" + e.type().id(), i.id(), i.start(), i.end(), i.place(),
                    PloverTypes.of(e.type()), e.type().id(), e.best(), e.low(), e.high(), e.highOpen(),
                    point.map(Place::lat).orElse(null), point.map(Place::lon).orElse(null),
                    ClaimExport.precision(point.orElse(null)), wherePrec(point.orElse(null)),
                    point.map(Place::country).orElse(null), e.sources().size(), s.corroboration(),
                    String.join("; ", e.sources()), e.bestSource().source(), e.bestSource().published(),
                    e.bestSource().claimId(), i.articleIds().size(), i.label());
        }).toList();
    }

    /** UCDP GED's where_prec for a point of this precision: 1 town, 3 second-level, 4 first-level, 6 country. */
    static Integer wherePrec(Place p) {
        if (p == null || p.precision() == null) {
            return null;
        }
        return switch (p.precision()) {
            case CITY -> 1;
            case DISTRICT -> 3;
            case REGION -> 4;
            case COUNTRY -> 6;
            case CONTINENT -> null;  // UCDP's 7 is international waters or airspace, not a continent
        };
    }

    /**
     * Where to put the incident on a map: the place of the figure's claim when it is geocoded, else the first
     * geocoded claim at the incident's place, else the first geocoded claim.
     */
    private static Optional<Place> point(IncidentSummary s, SourceFigure figure, List<Claim> claims) {
        List<Place> places = claims.stream().map(Claim::place).filter(p -> p != null && p.geocoded()).toList();
        if (figure != null) {
            Optional<Place> own = claims.stream().filter(c -> c.id().equals(figure.claimId())).map(Claim::place)
                    .filter(p -> p != null && p.geocoded()).findFirst();
            if (own.isPresent()) {
                return own;
            }
        }
        String place = s.incident().place();
        return places.stream().filter(p -> place != null && (place.equalsIgnoreCase(p.text())
                        || place.equalsIgnoreCase(Objects.requireNonNullElse(p.name(), ""))))
                .findFirst().or(() -> places.stream().findFirst());
    }

    private interface SummarySink {
        void accept(IncidentSummary summary, List<Claim> claims);
    }

    /** Each incident's summary with its claims, read once for both. */
    private static void summaries(Store store, Each<Incident> incidents, SummarySink sink) {
        incidents.forEach(i -> {
            List<Claim> claims = store.claims(i.claimIds());
            sink.accept(IncidentSummary.of(i, claims, store), claims);
        });
    }
}
