package io.claimwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL during an ingest, then the same command again: every article is stored exactly once, with the claims
 * it would have had from a clean run.
 */
class KillAndResumeTest {
    static final int COPIES = 10;

    @TempDir
    Path dir;

    /** The bundled examples, each {@link #COPIES} times under new ids: 40 articles. */
    private Path corpus() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(StoreCommandsTest.EXAMPLES)) {
            for (int i = 0; i < COPIES; i++) {
                ObjectNode a = (ObjectNode) ClaimJson.mapper().readTree(line);
                a.put("id", a.get("id").asText() + "-" + i);
                lines.add(a.toString());
            }
        }
        Path file = dir.resolve("corpus.jsonl");
        Files.write(file, lines);
        return file;
    }

    @Test
    void aKilledIngestResumesWithNothingLostAndNothingDuplicated() throws Exception {
        Path corpus = corpus();
        Path db = dir.resolve("store.db");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", System.getProperty("java.class.path"), ClaimwatchCli.class.getName(),
                "ingest", corpus.toString(), "--db", db.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long storedAtKill = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Files.exists(db)) {
                try (Store s = Store.open(db)) {
                    storedAtKill = s.stats().articles();
                }
                if (storedAtKill >= 3) {
                    break;
                }
            }
            Thread.sleep(200);
        }
        child.destroyForcibly();  // SIGKILL on Linux: no shutdown hooks, no cleanup
        child.waitFor(30, TimeUnit.SECONDS);
        assertThat(storedAtKill).as("the child must be killed mid-ingest; log: %s",
                Files.exists(dir.resolve("child.log")) ? Files.readString(dir.resolve("child.log")) : "-")
                .isBetween(3L, 4L * COPIES - 1);

        long afterKill;
        try (Store s = Store.open(db)) {
            afterKill = s.stats().articles();
        }
        CliRun resumed = CliRun.of("ingest", corpus.toString(), "--db", db.toString(), "--threads", "2");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("read 40 articles: " + (40 - afterKill) + " stored, " + afterKill + " duplicates");

        try (Store s = Store.open(db)) {
            assertThat(s.stats().articles()).isEqualTo(4L * COPIES);
            // every copy of an example has exactly the claims of the other copies: none half-stored, none twice
            Map<String, Integer> claimsPerExample = new HashMap<>();
            s.forEachArticle(a -> {
                String example = a.id().substring(0, a.id().lastIndexOf('-'));
                int n = s.claimsOfArticle(a.id()).size();
                Integer first = claimsPerExample.putIfAbsent(example, n);
                assertThat(first == null ? n : first).as(a.id()).isEqualTo(n);
            });
            assertThat(claimsPerExample).hasSize(4).allSatisfy((k, n) -> assertThat(n).isPositive());
        }
    }
}
