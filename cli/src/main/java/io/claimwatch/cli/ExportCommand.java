package io.claimwatch.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.link.Estimate;
import io.claimwatch.link.Incident;
import io.claimwatch.link.IncidentSummary;
import io.claimwatch.link.SourceFigure;
import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.Evidence;
import io.claimwatch.model.Place;
import io.claimwatch.store.Page;
import io.claimwatch.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimwatch export}: the store's claims or incidents as JSON Lines, CSV or GeoJSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export claims (one row per claim, columns of an event dataset) or incidents (figures by "
                + "source) as jsonl, csv or geojson (points for geocoded claims or incidents)."})
final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl, csv, geojson }

    enum What { claims, incidents, events }

    static final String[] CLAIM_COLUMNS = {"claim_id", "published", "event_date", "event_type", "figure", "qualifier",
        "low", "high", "subject", "actor", "place", "place_name", "country", "lat", "lon", "primary_source", "chain",
        "status", "hedges", "outlet", "article_url", "article_id", "text"};

    static final String[] INCIDENT_COLUMNS = {"incident_id", "label", "place", "start", "end", "articles",
        "corroboration", "event_type", "source", "figure", "qualifier", "low", "high", "published", "outlet", "chain",
        "contradicted", "claim_id", "best", "estimate_low", "estimate_high"};

    /**
     * One row per incident and event type, in the manner of an event dataset (UCDP GED's best/low/high,
     * PLOVER's event types): the incident's estimate and what it rests on.
     */
    static final String[] EVENT_COLUMNS = {"event_id", "incident_id", "date_start", "date_end", "place",
        "plover_event_type", "event_type", "best", "low", "high", "high_open", "corroboration", "sources",
        "best_source", "best_published", "best_claim_id", "articles", "label"};

    private static final Map<String, String> PLOVER = ploverTypes();

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), csv or geojson.")
    Format format;

    @Option(names = "--what", defaultValue = "claims",
            description = "claims (default), incidents (figures by source) or events (one row per incident and "
                    + "event type: best/low/high and the PLOVER event type).")
    What what;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Store db = store.existing()) {
            if (output == null) {
                write(db, spec.commandLine().getOut());
            } else {
                try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    write(db, w);
                }
            }
        }
        return 0;
    }

    private void write(Store db, Writer target) throws IOException {
        switch (format) {
            case jsonl -> jsonl(db, target);
            case csv -> csv(db, target);
            case geojson -> geojson(db, target);
        }
        target.flush();
    }

    private void jsonl(Store db, Writer w) {
        ObjectMapper json = ClaimJson.mapper();
        Consumer<Object> line = o -> {
            try {
                w.write(json.writeValueAsString(o));
                w.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        switch (what) {
            case claims -> db.forEachClaim(line::accept);
            case incidents -> forEachSummary(db, line::accept);
            case events -> forEachSummary(db, s -> eventRows(s).forEach(row -> {
                Map<String, Object> o = new LinkedHashMap<>();
                for (int i = 0; i < EVENT_COLUMNS.length; i++) {
                    o.put(EVENT_COLUMNS[i], row.get(i));
                }
                line.accept(o);
            }));
        }
    }

    private void csv(Store db, Writer w) throws IOException {
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                .setHeader(switch (what) {
                    case claims -> CLAIM_COLUMNS;
                    case incidents -> INCIDENT_COLUMNS;
                    case events -> EVENT_COLUMNS;
                }).get());
        if (what == What.claims) {
            db.forEachClaim(c -> record(csv, claimRow(c)));
        } else if (what == What.events) {
            forEachSummary(db, s -> eventRows(s).forEach(row -> record(csv, row)));
        } else {
            forEachSummary(db, s -> {
                for (List<SourceFigure> figures : s.figures().values()) {
                    for (SourceFigure f : figures) {
                        boolean contradicted = s.contradictions().stream()
                                .anyMatch(x -> x.first() == f || x.second() == f);
                        Incident i = s.incident();
                        record(csv, List.of(i.id(), i.label(), str(i.place()), str(i.start()), str(i.end()),
                                i.articleIds().size(), s.corroboration(), f.type().id(), f.source(), f.quantity().value(),
                                f.quantity().qualifier().id(), str(f.quantity().low()), str(f.quantity().high()),
                                str(f.published()), f.outlet(), String.join(" > ", f.chain()), contradicted, f.claimId(),
                                estimate(s, f, Estimate::best), estimate(s, f, Estimate::low), estimate(s, f, Estimate::high)));
                    }
                }
            });
        }
        csv.flush();
    }

    private static String estimate(IncidentSummary s, SourceFigure f, ToLongFunction<Estimate> part) {
        return s.estimates().stream().filter(e -> e.type() == f.type()).findFirst()
                .map(e -> Long.toString(part.applyAsLong(e))).orElse("");
    }

    static List<List<Object>> eventRows(IncidentSummary s) {
        Incident i = s.incident();
        List<List<Object>> rows = new ArrayList<>();
        for (Estimate e : s.estimates()) {
            rows.add(List.of(i.id() + ":" + e.type().id(), i.id(), str(i.start()), str(i.end()), str(i.place()),
                    PLOVER.getOrDefault(e.type().id(), ""), e.type().id(), e.best(), e.low(), e.high(), e.highOpen(),
                    s.corroboration(), String.join("; ", e.sources()), e.bestSource().source(),
                    str(e.bestSource().published()), e.bestSource().claimId(), i.articleIds().size(), i.label()));
        }
        return rows;
    }

    private static Map<String, String> ploverTypes() {
        try (InputStream in = ExportCommand.class.getResourceAsStream("plover-event-types.tsv")) {
            Map<String, String> types = new LinkedHashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .forEach(f -> types.put(f[0].strip(), f[1].strip()));
            return Map.copyOf(types);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Object> claimRow(Claim c) {
        Place p = c.place();
        var q = c.quantity();
        Attribution primary = c.primarySource();
        return List.of(c.id(), str(c.article().published()), c.time() == null ? "" : str(c.time().start()),
                c.event().type().id(), q == null ? "" : q.value(), q == null ? "" : q.qualifier().id(),
                q == null ? "" : str(q.low()), q == null ? "" : str(q.high()), text(c.subject()), text(c.actor()),
                p == null ? "" : p.text(), p == null ? "" : str(p.name()), p == null ? "" : str(p.country()),
                p == null ? "" : str(p.lat()), p == null ? "" : str(p.lon()), primary == null ? "" : primary.source(),
                c.attribution().stream().map(Attribution::source).collect(Collectors.joining(" > ")), c.status().id(),
                c.hedges().stream().map(Evidence::text).collect(Collectors.joining("; ")), str(c.article().outlet()),
                str(c.article().url()), c.article().id(), c.text().replace('\n', ' '));
    }

    /** A FeatureCollection written point by point: a large store never has to fit in memory as one tree. */
    private void geojson(Store db, Writer w) throws IOException {
        JsonGenerator g = ClaimJson.mapper().getFactory().createGenerator(w);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
        if (what == What.claims) {
            db.forEachClaim(c -> {
                if (c.place() != null && c.place().geocoded()) {
                    feature(g, c.place(), () -> {
                        g.writeStringField("id", c.id());
                        g.writeStringField("event_type", c.event().type().id());
                        if (c.quantity() != null) {
                            g.writeNumberField("figure", c.quantity().value());
                            g.writeStringField("qualifier", c.quantity().qualifier().id());
                        }
                        g.writeStringField("place", c.place().name() != null ? c.place().name() : c.place().text());
                        g.writeStringField("published", str(c.article().published()));
                        g.writeStringField("primary_source", c.primarySource() == null ? "" : c.primarySource().source());
                        g.writeStringField("status", c.status().id());
                        g.writeStringField("text", c.text());
                        g.writeStringField("article_url", str(c.article().url()));
                    });
                }
            });
        } else {
            forEachSummary(db, s -> db.claims(s.incident().claimIds()).stream()
                    .filter(c -> c.place() != null && c.place().geocoded()).findFirst()
                    .ifPresent(c -> feature(g, c.place(), () -> {
                        g.writeStringField("id", s.incident().id());
                        g.writeStringField("label", s.incident().label());
                        g.writeStringField("place", str(s.incident().place()));
                        g.writeStringField("start", str(s.incident().start()));
                        g.writeNumberField("articles", s.incident().articleIds().size());
                        g.writeNumberField("corroboration", s.corroboration());
                        g.writeNumberField("contradictions", s.contradictions().size());
                        for (Estimate e : s.estimates()) {
                            g.writeNumberField(e.type().id() + "_best", e.best());
                            g.writeNumberField(e.type().id() + "_low", e.low());
                            g.writeNumberField(e.type().id() + "_high", e.high());
                        }
                    })));
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private interface Properties {
        void write() throws IOException;
    }

    private static void feature(JsonGenerator g, Place p, Properties properties) {
        try {
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");  // GeoJSON order: longitude first
            g.writeNumber(p.lon());
            g.writeNumber(p.lat());
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            properties.write();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void forEachSummary(Store db, Consumer<IncidentSummary> sink) {
        for (int page = 1; ; page++) {
            Page<Incident> p = db.incidents(page, 200);
            p.items().forEach(i -> sink.accept(IncidentsCommand.summary(db, i)));
            if ((long) page * p.pageSize() >= p.total() || p.items().isEmpty()) {
                return;
            }
        }
    }

    private static void record(CSVPrinter csv, List<Object> row) {
        try {
            csv.printRecord(new ArrayList<>(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Evidence e) {
        return e == null ? "" : e.text();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
