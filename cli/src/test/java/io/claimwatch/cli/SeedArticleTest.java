package io.claimwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.eval.SeedEvaluation;
import io.claimwatch.eval.SeedEvaluation.Section;
import io.claimwatch.extract.Claimwatch;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example article of ../shared, scored against its hand-made gold with the real extractor. */
class SeedArticleTest {
    private static final Path GOLD = Path.of("../../shared/examples/nk-troops-kursk.gold.json");

    @Test
    void theSeedArticleMeetsTheFoundationBar() throws IOException {
        SeedEvaluation.Report report = SeedEvaluation.run(GOLD, SeedEvaluation.defaultText(GOLD),
                Claimwatch.extractor()::extract);
        assertThat(report.right(Section.COUNT)).as(report.items().toString()).isEqualTo(5);
        assertThat(report.right(Section.ATTRIBUTION)).as(report.items().toString()).isGreaterThanOrEqualTo(10);
        assertThat(report.right(Section.STATUS)).as(report.items().toString()).isEqualTo(6);
    }
}
