package io.claimwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.claimwatch.link.SourceFigure;
import io.claimwatch.link.Timeline;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.store.Store;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimwatch timeline}: how each source's figure for a party and an event type evolves. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Each source's figures for a party and an event type, by publication date, e.g. "
                + "claimwatch timeline \"North Korean soldiers\" killed"})
final class TimelineCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PARTY", description = "Who the claims are about (words of the subject).")
    String party;

    @Parameters(index = "1", paramLabel = "EVENT", description = "killed, injured, captured, missing, deployed...")
    String event;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or jsonl (one figure a line).")
    ReadFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        try (Store db = store.existing()) {
            Map<String, List<SourceFigure>> series = Timeline.bySource(db.timeline(party, SearchCommand.eventType(event)));
            if (series.isEmpty() && format == ReadFormat.table) {
                out.println("no figures for \"" + party + "\" " + event);
            }
            for (Map.Entry<String, List<SourceFigure>> e : series.entrySet()) {
                if (format == ReadFormat.table) {
                    out.println(e.getKey());
                }
                for (SourceFigure f : e.getValue()) {
                    if (format == ReadFormat.jsonl) {
                        out.println(ClaimJson.mapper().writeValueAsString(f));
                    } else {
                        out.printf("  %-10s %-24s %-12s via %s%n", f.published() == null ? "-" : f.published(),
                                IncidentsCommand.figure(f), f.status().id(), f.outlet());
                    }
                }
            }
            out.flush();
            return 0;
        }
    }
}
