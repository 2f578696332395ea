package io.claimwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static final long MB = 1024 * 1024;

    private static Passes.Pass pass(double seconds, long claims) {
        // the process used 1.5 CPU-seconds per second of the pass
        return new Passes.Pass((long) (seconds * 1e9), (long) (seconds * 1.5e9), 1_400 * MB, claims);
    }

    @Test
    void ratiosDivideMedianThroughputByTheBaselineRow() {
        // 10 articles: baseline 10 s and 20 s (median 0.75 articles/s), Claimwatch 2, 2.5 and 5 s (median 4);
        // models of 1,000 and 400 MB in one process that peaks at 1,400 MB: each peak leaves out the other's models
        List<Report.Row> rows = List.of(
                new Report.Row("(a) base", 1, 12_000, 1_000 * MB, 400 * MB, List.of(pass(10, 0), pass(20, 0)), false),
                new Report.Row("(b) cw", 1, 9_500, 400 * MB, 1_000 * MB, List.of(pass(2.5, 7), pass(5, 7), pass(2, 7)),
                        true));
        String table = Report.table(rows, 10, 5_000);
        assertThat(table).contains(
                "| (a) base | 1 | 12.0 | 0.75 (0.50..1.00) | 375 | 1.00 | 250 | - | 1,000 | 1,000 |\n",
                "| (b) cw | 1 | 9.5 | 4.00 (2.00..5.00) | 2,000 | 5.33 | 1,333 | 7 | 400 | 400 |\n");
        assertThat(table.lines().count()).isEqualTo(4);
    }

    @Test
    void ratiosAreMediansOfRoundsAgainstTheBaselineAndTheOneThreadRow() {
        // rounds: baseline 10, 20, 12 s; ingest on 1 thread 2, 5, 3 s (ratios 5, 4, 4); on 2 threads 1, 2.5, 2 s
        List<Report.Row> rows = List.of(
                new Report.Row("(a) base", 1, 0, 0, 0, List.of(pass(10, 0), pass(20, 0), pass(12, 0)), false),
                new Report.Row("(d) ingest", 1, 0, 0, 0, List.of(pass(2, 7), pass(5, 7), pass(3, 7)), true),
                new Report.Row("(d) ingest", 2, 0, 0, 0, List.of(pass(1, 7), pass(2.5, 7), pass(2, 7)), true));
        assertThat(Report.ratios(rows, 10)).isEqualTo(
                "- (d) ingest, 1 thread(s): 4.00 × (a) base (per round 4.00..5.00)\n"
                + "- (d) ingest, 2 thread(s): 8.00 × (a) base (per round 6.00..10.00)\n"
                + "- (d) ingest, 2 thread(s): 2.00 × the same on 1 thread (scaling) (per round 1.50..2.00)\n"
                + "- (d) ingest, 2 thread(s): 2.00 × the tokens per CPU-second of 1 thread (CPU efficiency) "
                + "(per round 1.50..2.00)\n");
    }

    @Test
    void processTableHasARowPerThreadCountAndTheScaling() {
        // 10 articles of 5,000 tokens in all; two runs on 1 thread, one on 2
        List<WholeProcess.Run> runs = List.of(
                new WholeProcess.Run(1, 30_000_000_000L, 10.0, 0.5, 20.0, 7, 1_500_000),
                new WholeProcess.Run(2, 25_000_000_000L, 5.0, 0.5, 25.0, 7, 1_700_000),
                new WholeProcess.Run(1, 32_000_000_000L, 12.0, 0.5, 30.0, 7, 1_600_000));
        String table = Report.processTable(runs, 10, 5_000);
        assertThat(table).contains(
                "| 1 thread(s) | 2 | 31.0 | 11.0 | 0.5 | 0.91 | 455 | 161 | 25.0 | 200 | 7 | 1,563 |\n",
                "| 2 thread(s) | 1 | 25.0 | 5.0 | 0.5 | 2.00 | 1,000 | 200 | 25.0 | 200 | 7 | 1,660 |\n",
                "- `claimwatch ingest` process, 2 threads: 2.20× the 1-thread ingest rate (scaling)\n");
    }
}
