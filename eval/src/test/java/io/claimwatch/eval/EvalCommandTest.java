package io.claimwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalCommandTest {
    private final List<Boolean> gates = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Function<Article, List<Claim>> extraction, String... args) {
        CommandLine cli = new CommandLine(new EvalCommand(gate -> {
            gates.add(gate);
            return extraction;
        }));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void gvaPrintsScoresAndErrorsAsMarkdown() {
        int code = run(new Fixtures.Gva()::extract, "gva", Fixtures.resource("gva").toString(), "--errors", "1",
                "--threads", "2");
        assertThat(code).isZero();
        assertThat(gates).containsExactly(true);
        assertThat(out.toString()).contains(
                "| type | n | accuracy | MAE | majority count | majority accuracy | majority MAE |\n"
                        + "|:---|---:|---:|---:|---:|---:|---:|\n"
                        + "| killed | 3 | 1.000 | 0.000 | 0 | 0.333 | 1.333 |\n"
                        + "| injured | 3 | 0.333 | 0.667 | 2 | 0.667 | 0.333 |\n",
                "(3 incidents, 4 articles, gate on)",
                "### Errors (first 1 of 2)",
                "| 1002 | injured | 2 | 1 | a3 | 28-44 | another was hurt |\n");
        assertThat(out.toString()).doesNotContain("| 1003 |");
        assertThat(err.toString()).contains("claimwatch eval: extracted 4/4 articles");
    }

    @Test
    void claimsCanBeWrittenForErrorAnalysis(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("claims.jsonl");
        int code = run(new Fixtures.Gva()::extract, "gva", Fixtures.resource("gva").toString(), "--threads", "1",
                "--claims", file.toString());
        assertThat(code).isZero();
        List<String> lines = java.nio.file.Files.readAllLines(file);
        assertThat(lines).hasSize(4);
        assertThat(lines).allMatch(l -> l.startsWith("{\"doc\":\"") && l.contains("\"claims\":["));
        assertThat(String.join("\n", lines)).contains("another was hurt");
    }

    @Test
    void polnearPrintsOneRowPerMatchingAndPassesTheGate() {
        int code = run(Fixtures::polnear, "polnear", Fixtures.resource("polnear").toString(), "--no-gate");
        assertThat(code).isZero();
        assertThat(gates).containsExactly(false);
        assertThat(out.toString()).contains(
                "| matching | gold | predicted | found | correct | P | R | F1 |\n"
                        + "|:---|---:|---:|---:|---:|---:|---:|---:|\n"
                        + "| content only | 4 | 5 | 4 | 4 | 0.800 | 1.000 | 0.889 |\n"
                        + "| overlap | 4 | 5 | 3 | 3 | 0.600 | 0.750 | 0.667 |\n"
                        + "| exact source | 4 | 5 | 2 | 2 | 0.400 | 0.500 | 0.444 |\n",
                "(2 articles, gate off)", "(2 lines without a content or source span left out)");
    }

    @Test
    void seedPrintsItemsAndTotals() {
        var seed = Fixtures.resource("seed");
        int code = run(SeedEvaluationTest.extraction(false), "seed", "--gold",
                seed.resolve("mini.gold.json").toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains(
                "| A3 | attributions | **wrong** | overlapping claims from 'she' (mention 'She') (gold Anna Petrova) |\n",
                "| part | right |\n|:---|---:|\n| count claims | 1/2 |\n| attributions | 2/3 |\n| statuses | 2/3 |\n");
    }

    @Test
    void fakesPrintsTablesErrorsByClassAndTheSummaryLast() {
        var dir = Fixtures.resource("conflict/killed");
        int code = run(a -> List.of(), "fakes", dir.toString(), "--from-claims", dir.resolve("claims.jsonl").toString(),
                "--errors", "1");
        assertThat(code).isZero();
        assertThat(gates).isEmpty(); // a claims file: nothing extracted
        assertThat(out.toString()).contains(
                "| claimwatch | 0.500 | 0.500 | 0.667 | 2.67 | 2 | 2.50 | 0.833 |\n",
                "| majority (always 5) | 0.167 | - | - | 5.50 | - | - | - |\n",
                "| gold_zero | 0 | - | - | 2 | 0.500 | 0.500 |\n",
                "| lead wrong, gold among the figures | 1 |\n",
                "| k2 | 9 | [3, 9] | 3: At least 3 civilians died | 9: The toll later rose to 9 (a monitor) | Strike on Douma |\n");
        assertThat(out.toString().strip()).endsWith("naive lead 0.167, majority 0.167");
    }

    @Test
    void eventsListsMissedTriggersInTheirSentence() {
        var dir = Fixtures.resource("conflict/events");
        int code = run(a -> List.of(), "events", dir.toString(), "--from-claims",
                dir.resolve("claims.jsonl").toString(), "--errors", "5");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("#### missed trigger (no claim on it) (first 3 of 3)",
                "| e2 | captured (Justice.ArrestJailDetain.Unspecified) | - | Protesters were [[detained]] in the capital. |",
                "#### spurious (no gold trigger there) (first 2 of 2)");
    }

    @Test
    void geoResolvesEveryGoldToponymInItsArticle(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path places = dir.resolve("places.jsonl");
        int code = run(a -> List.of(), "geo", Fixtures.resource("geo").toString(), "--errors", "5",
                "--places", places.toString());
        assertThat(code).isZero();
        // Paris is Tennessee's (the article names the county and the state), the county and "Canadian" are right,
        // Tennessee's point is its places' middle (within 161 km), the made-up town is unresolved
        assertThat(out.toString()).contains("| **all** | 5 | 0.800 | 0.800 | 0.800 |",
                "geo: acc@161km 0.800 over 5 gold toponyms (resolved 0.800", "| g2 | Qwxzyville | - |",
                "articles (bootstrap, 2000 draws): 90% within 0.");
        List<String> lines = java.nio.file.Files.readAllLines(places);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("{\"article\":{\"id\":\"g1\"},\"text\":\"Paris\",\"span\":[")
                .contains("\"place\":{\"text\":\"Paris\",\"name\":\"Paris\",\"country\":\"US\"");
    }

    @Test
    void timeScoresClaimTimesAtTheGoldsGranularity() {
        int code = run(Fixtures::times, "time", Fixtures.resource("time").toString(), "--errors", "5",
                "--threads", "1");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("| quarter | 1 | 1.000 | 1.000 |", "| day | 1 | 0.000 | 0.000 |",
                "time: exact 0.500 over 2 claim times on comparable gold DATE/TIME (1 on gold values that name no "
                        + "period left out)", "| t1 | Saturday | 2024-12-21..2024-12-21 | Saturday | 2024-12-14 |",
                "time: exact over another draw of these ");
    }
}
