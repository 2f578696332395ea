package io.claimwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eval ecbplus} on a split of four undated articles written for the test: two events of one topic. */
class EcbPlusCommandTest {
    @TempDir
    Path dir;

    private static String doc(String id, String text) {
        return "{\"id\": \"" + id + "\", \"title\": null, \"text\": \"" + text + "\", \"published\": null}";
    }

    @Test
    void undatedReportsOfOneEventAreGroupedAndScored() throws Exception {
        Files.write(dir.resolve("docs.jsonl"), List.of(
                doc("a1", "A gunman killed three people at the Quillmoor ferry terminal in Ostrava, police said."),
                doc("a2", "Police in Ostrava said the Quillmoor ferry terminal gunman had killed three passengers."),
                doc("b1", "Two guards were wounded when a bomb exploded outside the Vantorel customs depot in Gdansk."),
                doc("b2", "The Vantorel customs depot bomb in Gdansk wounded two guards, officials said.")));
        Files.write(dir.resolve("gold.jsonl"), List.of(
                "{\"incident_id\": \"1-ecb\", \"doc_ids\": [\"a1\", \"a2\"], \"topic\": 1, \"violence\": true}",
                "{\"incident_id\": \"1-ecbplus\", \"doc_ids\": [\"b1\", \"b2\"], \"topic\": 1, \"violence\": true}"));
        Path groups = dir.resolve("groups.jsonl");
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new EvalCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int code = cli.execute("ecbplus", dir.toString(), "--db", dir.resolve("e.db").toString(),
                "--threads", "1", "--groups", groups.toString());
        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("### all topics (4 articles, 2 gold incidents)")
                .contains("| Claimwatch (link) | 2 | 1.000 | 1.000 | 1.000 |")
                .contains("| baseline: one cluster per topic | 1 | 0.500 | 1.000 | 0.667 |")
                .contains("### violence topics (4 articles, 2 gold incidents)");
        assertThat(Files.readAllLines(groups)).hasSize(2);
    }
}
