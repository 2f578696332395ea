package io.claimwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static final long MB = 1024 * 1024;

    private static Passes.Pass pass(double seconds, long claims) {
        return new Passes.Pass((long) (seconds * 1e9), 1_400 * MB, claims);
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
                "| (a) base | 1 | 12.0 | 0.75 (0.50..1.00) | 375 | 1.00 | - | 1,000 | 1,000 |\n",
                "| (b) cw | 1 | 9.5 | 4.00 (2.00..5.00) | 2,000 | 5.33 | 7 | 400 | 400 |\n");
        assertThat(table.lines().count()).isEqualTo(4);
    }
}
