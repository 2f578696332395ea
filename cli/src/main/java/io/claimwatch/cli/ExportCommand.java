package io.claimwatch.cli;

import io.claimwatch.store.Store;
import io.claimwatch.store.export.ClaimExport;
import io.claimwatch.store.export.ExportFormat;
import io.claimwatch.store.export.IncidentExport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code claimwatch export}: the store's claims, incidents or event data as JSON Lines, CSV or GeoJSON, written
 * by the exports the API serves too ({@code io.claimwatch.store.export}).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export claims (one row per claim, columns of an event dataset), incidents (figures by "
                + "source) or events (one row per incident and event type: PLOVER event type, best/low/high) as "
                + "jsonl, csv or geojson (points for what is geocoded)."})
final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl, csv, geojson }

    enum What { claims, incidents, events }

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
        ExportFormat f = ExportFormat.of(format.name());
        switch (what) {
            case claims -> ClaimExport.write(db::forEachClaim, f, target);
            case incidents -> IncidentExport.figures(db, IncidentExport.all(db), f, target);
            case events -> IncidentExport.events(db, IncidentExport.all(db), f, target);
        }
        target.flush();
    }
}
