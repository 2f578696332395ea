package io.claimwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimwatch.link.Incident;
import io.claimwatch.link.IncidentSummary;
import io.claimwatch.link.SourceFigure;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.EventType;
import io.claimwatch.store.IncidentListing;
import io.claimwatch.store.IncidentOrder;
import io.claimwatch.store.Page;
import io.claimwatch.store.Store;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimwatch incidents}: the linked incidents, with each source's figure, corroboration and contradictions. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = {"List incidents (most reported first), or show one by id: figures by source, the number of "
                + "independent primary sources, who relays whom, and contradicting figures."})
final class IncidentsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", arity = "0..1", description = "Show only this incident.")
    String id;

    @Mixin
    StoreOption store;

    @Option(names = "--page", defaultValue = "1", description = "Page (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--page-size", defaultValue = "20", description = "Incidents per page (default: ${DEFAULT-VALUE}).")
    int pageSize;

    @Option(names = "--sort", defaultValue = "articles", paramLabel = "KEY",
            description = "articles (default), date, toll (best estimate of the killed), sources (independent) or "
                    + "contradictions: the most or latest first; incidents without the value last.")
    String sort;

    @Option(names = "--ascending", description = "The least or oldest first instead.")
    boolean ascending;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or jsonl.")
    ReadFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        try (Store db = store.existing()) {
            List<Incident> incidents;
            if (id != null) {
                incidents = List.of(db.incident(id).orElseThrow(() -> new IllegalArgumentException("no incident " + id)));
            } else {
                IncidentOrder order;
                try {
                    order = IncidentOrder.of(sort);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--sort must be one of " + IncidentOrder.ids() + ", not " + sort);
                }
                Page<IncidentListing> p = db.incidents(order, ascending, page, pageSize);
                incidents = p.items().stream().map(IncidentListing::incident).toList();
                if (format == ReadFormat.table) {
                    out.printf("%d incidents; page %d%n", p.total(), p.page());
                }
            }
            for (Incident incident : incidents) {
                IncidentSummary s = summary(db, incident);
                if (format == ReadFormat.jsonl) {
                    out.println(ClaimJson.mapper().writeValueAsString(s));
                } else {
                    out.print(describe(s));
                }
            }
            out.flush();
            return 0;
        }
    }

    static IncidentSummary summary(Store db, Incident incident) {
        return IncidentSummary.of(incident, db.claims(incident.claimIds()), db);
    }

    static String describe(IncidentSummary s) {
        Incident i = s.incident();
        StringBuilder b = new StringBuilder();
        b.append(String.format("%n%s  %s%n", i.id(), i.label()));
        b.append(String.format("  where: %s   when: %s%s   articles: %d   independent sources: %d%n",
                i.place() == null ? "-" : i.place(), i.start() == null ? "-" : i.start(),
                i.end() == null || i.end().equals(i.start()) ? "" : ".." + i.end(), i.articleIds().size(),
                s.corroboration()));
        for (Map.Entry<EventType, List<SourceFigure>> e : s.figures().entrySet()) {
            b.append("  ").append(e.getKey().id()).append(":\n");
            for (SourceFigure f : e.getValue()) {
                b.append(String.format("    %-10s %-24s %-12s %s%n", f.published() == null ? "-" : f.published(),
                        figure(f), f.status().id(), String.join(" > ", f.chain())));
            }
        }
        s.estimates().forEach(x -> b.append(String.format("  estimate %s: best %d, low %d, high %d%s%n",
                x.type().id(), x.best(), x.low(), x.high(), x.highOpen() ? " or more" : "")));
        s.contradictions().forEach(c -> b.append(String.format("  CONTRADICTION: %s (%s) vs %s (%s)%n",
                figure(c.first()), c.first().source(), figure(c.second()), c.second().source())));
        return b.toString();
    }

    static String figure(SourceFigure f) {
        var q = f.quantity();
        String bounds = q.low() != null && q.low().equals(q.high()) ? ""
                : " [" + (q.low() == null ? "" : q.low()) + ".." + (q.high() == null ? "" : q.high()) + "]";
        return q.text() + bounds;
    }

    static String sources(List<SourceFigure> figures) {
        return figures.stream().map(SourceFigure::source).distinct().collect(Collectors.joining(", "));
    }
}
