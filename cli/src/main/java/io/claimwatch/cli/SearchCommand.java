package io.claimwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Status;
import io.claimwatch.store.ClaimQuery;
import io.claimwatch.store.Facet;
import io.claimwatch.store.Facets;
import io.claimwatch.store.Page;
import io.claimwatch.store.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimwatch search}: full-text search over stored claims, with facets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search stored claims: words of the claim, its subject, place, sources and evidence "
                + "sentence (all words must match; the last may be a prefix). Facet counts follow the results."})
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words to find; none lists every claim.")
    List<String> words;

    @Mixin
    StoreOption store;

    @Option(names = "--event", paramLabel = "TYPE", description = "killed, injured, captured, missing, deployed, displaced, attacked or statement.")
    String event;

    @Option(names = "--source", paramLabel = "NAME", description = "A source anywhere in the attribution chain.")
    String source;

    @Option(names = "--place", paramLabel = "NAME", description = "The claim's place.")
    String place;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before.")
    LocalDate to;

    @Option(names = "--status", paramLabel = "STATUS", description = "asserted, reported, hedged, denied or unacknowledged.")
    String status;

    @Option(names = "--outlet", paramLabel = "NAME", description = "The article's outlet.")
    String outlet;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who did it, as the claim names it.")
    String actor;

    @Option(names = "--event-from", paramLabel = "YYYY-MM-DD", description = "About a day on or after (the claim's resolved time).")
    LocalDate eventFrom;

    @Option(names = "--event-to", paramLabel = "YYYY-MM-DD", description = "About a day on or before.")
    LocalDate eventTo;

    @Option(names = "--figure", description = "Only claims that state a figure.")
    boolean figure;

    @Option(names = "--no-statements", description = "Leave out statements (speech with no event figure).")
    boolean noStatements;

    @Option(names = "--sort", defaultValue = "date", paramLabel = "date|figure",
            description = "date (default: newest first) or figure (largest first).")
    String sort;

    @Option(names = "--page", defaultValue = "1", description = "Page of results (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--page-size", defaultValue = "50", description = "Results per page, at most 200 (default: ${DEFAULT-VALUE}).")
    int pageSize;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or jsonl (claims only).")
    ReadFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        ClaimQuery q = new ClaimQuery(words == null ? null : String.join(" ", words), eventType(event), statusOf(status), source,
                outlet, actor, place, from, to, eventFrom, eventTo, figure, !noStatements, sortOf(sort), page, pageSize,
                null);
        try (Store db = store.existing()) {
            Page<Claim> results = db.searchClaims(q);
            if (format == ReadFormat.jsonl) {
                for (Claim c : results.items()) {
                    out.println(ClaimJson.mapper().writeValueAsString(c));
                }
            } else {
                out.print(ExtractCommand.table(results.items()));
                out.printf("%d claims match; page %d of %d%n", results.total(), results.page(),
                        Math.max(1, (results.total() + results.pageSize() - 1) / results.pageSize()));
                Facets f = db.facets(q);
                out.println("events:   " + facets(f.events()));
                out.println("statuses: " + facets(f.statuses()));
                out.println("sources:  " + facets(f.sources()));
                out.println("outlets:  " + facets(f.outlets()));
                out.println("actors:   " + facets(f.actors()));
                out.println("places:   " + facets(f.places()));
            }
            out.flush();
            return 0;
        }
    }

    static EventType eventType(String id) {
        if (id == null) {
            return null;
        }
        try {
            return EventType.of(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown event type \"" + id + "\" (one of: "
                    + java.util.Arrays.stream(EventType.values()).map(EventType::id).collect(Collectors.joining(", ")) + ")");
        }
    }

    static Status statusOf(String id) {
        if (id == null) {
            return null;
        }
        return java.util.Arrays.stream(Status.values()).filter(s -> s.id().equals(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown status \"" + id + "\" (one of: "
                        + java.util.Arrays.stream(Status.values()).map(Status::id).collect(Collectors.joining(", ")) + ")"));
    }

    static ClaimQuery.Sort sortOf(String id) {
        try {
            return ClaimQuery.Sort.of(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown order \"" + id + "\" (date or figure)");
        }
    }

    private static String facets(List<Facet> facets) {
        return facets.isEmpty() ? "-" : facets.stream().limit(8).map(f -> f.value() + " (" + f.count() + ")")
                .collect(Collectors.joining(", "));
    }
}
