package io.claimwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The Java scorers against the reference scorers of ../shared/eval/score on the fixture corpora of
 * src/test/resources/eval/conflict (made up for these tests): the summary lines must be the same, character
 * for character, both when scoring the claims file and when the same claims come from the extraction path.
 */
class ReferenceScorerAgreementTest {
    private static final Path SCORERS = Path.of("../../shared/eval/score");

    @BeforeAll
    static void python3IsThere() {
        assumeTrue(runs("python3", "--version"), "python3 is not installed");
    }

    @ParameterizedTest(name = "eval {0} on {1} agrees with {2}")
    @CsvSource({"fakes, killed, score_fakes.py", "acled, killed, score_acled.py", "plover, killed, score_plover.py",
        "ucdp, ucdp, score_ucdp_ukraine.py", "events, events, score_events.py", "events, rams, score_events.py"})
    void summaryLinesAgree(String command, String fixture, String scorer) throws IOException, InterruptedException {
        Path dir = Fixtures.resource("conflict/" + fixture);
        String reference = lastLine(python(SCORERS.resolve(scorer).toString(), dir.resolve("gold.jsonl").toString(),
                dir.resolve("claims.jsonl").toString(), "--docs", dir.resolve("docs.jsonl").toString()));
        String fromFile = lastLine(eval(a -> List.of(), command, dir.toString(), "--from-claims",
                dir.resolve("claims.jsonl").toString()));
        assertThat(fromFile).isEqualTo(reference);
        Map<String, List<Claim>> byDoc = ClaimsFile.byArticle(ClaimsFile.read(dir.resolve("claims.jsonl")));
        String extracted = lastLine(eval(a -> byDoc.getOrDefault(a.id(), List.of()), command, dir.toString(),
                "--threads", "2"));
        assertThat(extracted).isEqualTo(reference);
    }

    private static String eval(Function<Article, List<Claim>> extraction, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new EvalCommand(gate -> extraction));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute(args)).as(out.toString()).isZero();
        return out.toString();
    }

    private static String python(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
