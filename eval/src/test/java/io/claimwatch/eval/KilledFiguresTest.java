package io.claimwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.eval.KilledFigures.ErrorClass;
import io.claimwatch.eval.KilledFigures.ErrorRecord;
import io.claimwatch.eval.KilledFigures.Figures;
import io.claimwatch.model.Claim;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The killed-figure rules on the made-up corpus of src/test/resources/eval/conflict/killed. */
class KilledFiguresTest {
    private static final Path DIR = Fixtures.resource("conflict/killed");

    private static KilledFigures.Report report() throws IOException {
        List<Claim> claims = ClaimsFile.read(DIR.resolve("claims.jsonl"));
        return KilledFigures.score("fakes", KilledFigures.readGold(DIR.resolve("gold.jsonl")),
                new Figures("claimwatch", claims), null, false);
    }

    private static ErrorClass errorOf(String docId) throws IOException {
        return report().errors().stream().filter(e -> e.gold().docId().equals(docId)).map(ErrorRecord::kind)
                .findFirst().orElse(null);
    }

    @Test
    void aDeniedFigureIsNotAFigure() throws IOException {
        Figures f = new Figures("claimwatch", ClaimsFile.read(DIR.resolve("claims.jsonl")));
        assertThat(f.values("k3")).containsExactly(2L);
    }

    @Test
    void oneClauseWithTwoFiguresIsOrderedByTheFigures() throws IOException {
        Figures f = new Figures("claimwatch", ClaimsFile.read(DIR.resolve("claims.jsonl")));
        assertThat(f.values("k8")).containsExactly(3L, 8L);
    }

    @Test
    void errorsGoToTheirClass() throws IOException {
        assertThat(errorOf("k1")).isNull();
        assertThat(errorOf("k2")).isEqualTo(ErrorClass.LEAD_WRONG);
        assertThat(errorOf("k4")).isEqualTo(ErrorClass.WRONG_VALUE);
        assertThat(errorOf("k7")).isEqualTo(ErrorClass.NO_FIGURE);
        assertThat(errorOf("k5")).isNull();
        assertThat(errorOf("k6")).isEqualTo(ErrorClass.GOLD_ZERO_FIGURE);
    }

    @Test
    void anAcceptedCountIsRight() throws IOException {
        // k3: gold 2, accept 2 or 4; k1 5, k8 3 right; k2 lead 3 (gold 9), k4 24 (30), k7 none (4) wrong
        KilledFigures.Rates r = report().systems().get(0).rates();
        assertThat(r.n()).isEqualTo(6);
        assertThat(r.lead()).isEqualTo(3 / 6.0);
        assertThat(r.any()).isEqualTo(4 / 6.0);
        assertThat(r.maeLead()).isEqualTo((6 + 6 + 4) / 6.0);
        assertThat(r.medianAeLead()).isEqualTo(2.0);
    }

    @Test
    void theMajorityTieGoesToTheCountMetFirst() throws IOException {
        assertThat(report().majority().count()).isEqualTo(5);
    }

    @Test
    void gold0ArticlesGiveTheFalsePositiveRate() throws IOException {
        assertThat(report().systems().get(0).falsePositives()).isEqualTo(new KilledFigures.FalsePositives(1, 2));
    }
}
