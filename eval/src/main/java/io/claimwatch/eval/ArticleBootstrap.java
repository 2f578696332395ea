package io.claimwatch.eval;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How far a corpus score could move on another sample of articles: the articles are drawn again with
 * replacement ({@value #RESAMPLES} times, a fixed seed, so a report is reproducible) and the pooled share of hits
 * is taken over each draw. A held-out split is another sample of articles of the same sources, and the errors
 * of one article come together (one story's same-name town is wrong every time it is named), so the article, not
 * the toponym or the time, is what is drawn.
 */
final class ArticleBootstrap {
    static final int RESAMPLES = 2000;
    private static final long SEED = 20261203L;

    /** The 5th and 95th percentiles of the pooled share over the draws of {@code articles} articles. */
    record Interval(double low, double high, int articles) {
        String describe() {
            return String.format(Locale.ROOT, "%s..%s", Markdown.num(low), Markdown.num(high));
        }

        /** The report's line: "{@code measure} over another draw of these N articles (...): 90% within low..high". */
        String line(String measure) {
            return String.format(Locale.ROOT, "%s over another draw of these %d articles (bootstrap, %d draws): 90%% "
                    + "within %s", measure, articles, RESAMPLES, describe());
        }
    }

    private ArticleBootstrap() {
    }

    /** The interval of the share of {@code rows} that are {@code hit}, drawn by the article {@code article} gives. */
    static <T> Interval of(List<T> rows, Function<T, String> article, Predicate<T> hit) {
        Map<String, int[]> tallies = new LinkedHashMap<>();
        for (T r : rows) {
            int[] t = tallies.computeIfAbsent(article.apply(r), k -> new int[2]);
            t[0] += hit.test(r) ? 1 : 0;
            t[1]++;
        }
        int[][] byArticle = tallies.values().toArray(int[][]::new);
        if (byArticle.length == 0) {
            return new Interval(Double.NaN, Double.NaN, 0);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] shares = new double[RESAMPLES];
        for (int i = 0; i < RESAMPLES; i++) {
            long hits = 0;
            long n = 0;
            for (int j = 0; j < byArticle.length; j++) {
                int[] t = byArticle[random.nextInt(byArticle.length)];
                hits += t[0];
                n += t[1];
            }
            shares[i] = (double) hits / n;
        }
        Arrays.sort(shares);
        return new Interval(shares[RESAMPLES / 20], shares[RESAMPLES - 1 - RESAMPLES / 20], byArticle.length);
    }
}
