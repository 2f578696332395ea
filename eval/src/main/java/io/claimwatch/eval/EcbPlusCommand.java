package io.claimwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.extract.Claimwatch;
import io.claimwatch.ingest.Ingest;
import io.claimwatch.link.Linking;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.store.Store;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimwatch eval ecbplus DIR}: cross-document incident grouping on an ECB+ split. Ingests
 * DIR/docs.jsonl into a store (temporary unless {@code --db}), links it, and scores the article groups against
 * DIR/gold.jsonl (one incident a line: {@code doc_ids}, {@code topic}, {@code violence}) with B-cubed, over all
 * topics and over the violence topics, beside two baselines: every article alone, and one cluster per topic
 * (each ECB+ topic pairs two events of one kind, so this baseline is what a topic classifier would get).
 * Scores agree with ../shared/eval/score/score_grouping.py run on the file {@code --groups} writes.
 */
@Command(name = "ecbplus", mixinStandardHelpOptions = true,
        description = "Incident grouping on an ECB+ split: ingest, link, B-cubed P/R/F1 (Markdown).")
public final class EcbPlusCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A directory with docs.jsonl and gold.jsonl.")
    Path dir;

    @Mixin
    GroupingRun.Options store;

    @Option(names = "--groups", paramLabel = "FILE",
            description = "Also write the article groups to FILE (JSON Lines: article_ids), for score_grouping.py.")
    Path groupsFile;

    @Spec
    CommandSpec spec;

    /** One gold incident: its articles, topic and whether the topic is violence. */
    record GoldIncident(String id, List<String> docs, String topic, boolean violence) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GoldIncident> gold = gold(dir.resolve("gold.jsonl"));
        GroupingRun run = GroupingRun.of(dir.resolve("docs.jsonl"), store.db, "claimwatch-ecbplus", store.threads, err);
        Linking linking = run.linking();
        Ingest.Summary s = run.ingest();
        if (groupsFile != null) {
            writeGroups(groupsFile, linking.articleGroups());
        }
        out.printf("## ECB+ incident grouping: %s%n%n", dir);
        table(out, "all topics", gold, linking.articleGroups());
        table(out, "violence topics", gold.stream().filter(GoldIncident::violence).toList(), linking.articleGroups());
        out.printf("Ingest: %d stored, %d already in the store, %d without extraction, %d unreadable, %.1f s.%n",
                s.stored(), s.duplicates(), s.skippedTotal(), s.problems(), s.millis() / 1000.0);
        out.flush();
        return 0;
    }

    private static void table(PrintWriter out, String title, List<GoldIncident> gold, List<List<String>> groups) {
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        gold.forEach(g -> g.docs().forEach(d -> labels.computeIfAbsent(d, k -> new HashSet<>()).add(g.id())));
        List<List<String>> alone = labels.keySet().stream().map(List::of).toList();
        Collection<List<String>> perTopic = gold.stream().collect(Collectors.groupingBy(GoldIncident::topic,
                LinkedHashMap::new, Collectors.flatMapping(g -> g.docs().stream(), Collectors.toList()))).values();
        long predicted = groups.stream().filter(g -> g.stream().anyMatch(labels::containsKey)).count();
        out.printf("### %s (%d articles, %d gold incidents)%n%n", title, labels.size(), gold.size());
        out.print(Markdown.table(List.of("clustering", "groups", "B-cubed P", "B-cubed R", "B-cubed F1"), "lrrrr",
                List.of(GroupingRun.row("Claimwatch (link)", predicted, BCubed.score(labels, groups)),
                        GroupingRun.row("baseline: every article alone", alone.size(), BCubed.score(labels, alone)),
                        GroupingRun.row("baseline: one cluster per topic", perTopic.size(), BCubed.score(labels, perTopic)))));
        out.println();
    }

    static List<GoldIncident> gold(Path file) throws IOException {
        List<GoldIncident> gold = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = ClaimJson.mapper().readTree(line);
            List<String> docs = new ArrayList<>();
            n.path("doc_ids").forEach(x -> docs.add(x.asText()));
            gold.add(new GoldIncident(n.get("incident_id").asText(), docs, n.path("topic").asText(),
                    n.path("violence").asBoolean(false)));
        }
        return gold;
    }

    static void writeGroups(Path file, List<List<String>> groups) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (List<String> g : groups) {
                w.write(ClaimJson.mapper().writeValueAsString(Map.of("article_ids", g)));
                w.newLine();
            }
        }
    }
}
