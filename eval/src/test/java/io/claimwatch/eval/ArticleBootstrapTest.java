package io.claimwatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleBootstrapTest {
    record Hit(String article, boolean ok) {
    }

    private static List<Hit> rows(int articles, int perArticle, int wrongArticles) {
        List<Hit> rows = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            for (int i = 0; i < perArticle; i++) {
                rows.add(new Hit("a" + a, a >= wrongArticles));
            }
        }
        return rows;
    }

    private static ArticleBootstrap.Interval interval(List<Hit> rows) {
        return ArticleBootstrap.of(rows, Hit::article, Hit::ok);
    }

    @Test
    void noErrorsIsCertainAndTheIntervalHoldsThePooledShare() {
        assertThat(interval(rows(20, 3, 0))).isEqualTo(new ArticleBootstrap.Interval(1.0, 1.0, 20));
        ArticleBootstrap.Interval i = interval(rows(20, 3, 4)); // 0.8 pooled
        assertThat(i.low()).isLessThan(0.8).isGreaterThan(0.5);
        assertThat(i.high()).isGreaterThan(0.8).isLessThanOrEqualTo(1.0);
    }

    @Test
    void errorsThatComeByTheArticleWidenItAndADrawIsReproducible() {
        // the same 80% of hits: in 40 articles of 10 toponyms the errors are whole articles, in 400 articles of one
        // toponym each they are spread, so another draw of the 40 moves the score further
        ArticleBootstrap.Interval clustered = interval(rows(40, 10, 8));
        ArticleBootstrap.Interval spread = interval(rows(400, 1, 80));
        assertThat(clustered.high() - clustered.low()).isGreaterThan(2 * (spread.high() - spread.low()));
        assertThat(interval(rows(40, 10, 8))).isEqualTo(clustered);
        assertThat(clustered.describe()).matches("0\\.\\d{3}\\.\\.0\\.\\d{3}");
        assertThat(clustered.line("geo: acc@161km")).isEqualTo("geo: acc@161km over another draw of these 40 "
                + "articles (bootstrap, 2000 draws): 90% within " + clustered.describe());
    }
}
