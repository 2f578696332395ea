package io.claimwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.extract.Claimwatch;
import io.claimwatch.ingest.Ingest;
import io.claimwatch.link.Linking;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimwatch eval gva-grouping DIR}: ingests DIR/docs.jsonl into a store (a temporary one unless
 * {@code --db} names one, which a second run then reuses without extracting again), links it, and scores the
 * incidents against the gold grouping (articles that share an incident id) with B-cubed.
 */
@Command(name = "gva-grouping", mixinStandardHelpOptions = true,
        description = "Incident grouping on a gva_longtail split: ingest, link, B-cubed P/R/F1 (Markdown).")
public final class GvaGroupingCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A directory with docs.jsonl (each article with incident_ids).")
    Path dir;

    @Mixin
    GroupingRun.Options store;

    @Option(names = "--groups", paramLabel = "FILE",
            description = "Also write the article groups to FILE (JSON Lines: article_ids), for error analysis.")
    Path groupsFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path docs = dir.resolve("docs.jsonl");
        Map<String, Set<String>> gold = goldLabels(docs);
        GroupingRun run = GroupingRun.of(docs, store.db, "claimwatch-gva-grouping", store.threads, err);
        Linking linking = run.linking();
        Ingest.Summary s = run.ingest();
        if (groupsFile != null) {
            EcbPlusCommand.writeGroups(groupsFile, linking.articleGroups());
        }
        BCubed scored = BCubed.score(gold, linking.articleGroups());
        List<List<String>> alone = new ArrayList<>();
        gold.keySet().forEach(id -> alone.add(List.of(id)));
        BCubed baseline = BCubed.score(gold, alone);
        out.printf("## gva_longtail incident grouping: %s (%d articles, %d gold incidents)%n%n", dir, gold.size(),
                gold.values().stream().flatMap(Set::stream).distinct().count());
        out.print(Markdown.table(List.of("clustering", "groups", "B-cubed P", "B-cubed R", "B-cubed F1"), "lrrrr",
                List.of(GroupingRun.row("Claimwatch (link)", linking.articleGroups().size(), scored),
                        GroupingRun.row("baseline: every article alone", alone.size(), baseline))));
        out.printf("%nIngest: %d stored, %d already in the store, %d without extraction, %d unreadable, %.1f s; "
                        + "linking %.1f s.%n", s.stored(), s.duplicates(), s.skippedTotal(), s.problems(),
                s.millis() / 1000.0, run.linkSeconds());
        out.flush();
        return 0;
    }

    /** Each article's gold incident ids, from the {@code incident_ids} field of docs.jsonl. */
    static Map<String, Set<String>> goldLabels(Path docs) throws IOException {
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        try (var lines = Files.lines(docs)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = ClaimJson.mapper().readTree(line);
                Set<String> ids = new HashSet<>();
                n.path("incident_ids").forEach(x -> ids.add(x.asText()));
                labels.put(n.get("id").asText(), ids);
            }
        }
        return labels;
    }
}
