package io.claimwatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bench's Markdown table: one row per pipeline, throughput as median (min..max) over the repeats. */
final class Report {
    private static final double MB = 1024.0 * 1024.0;

    /**
     * One measured pipeline; the first row of a report is the baseline the ratios divide by. {@code modelHeap}
     * is the heap its load added; {@code otherHeap} that of the other pipeline loaded beside it.
     */
    record Row(String pipeline, int threads, long loadMillis, long modelHeap, long otherHeap,
               List<Passes.Pass> passes, boolean countsClaims) {
        Row {
            if (passes.isEmpty()) {
                throw new IllegalArgumentException("no passes for " + pipeline);
            }
            passes = List.copyOf(passes);
        }

        Stats articlesPerSecond(int articles) {
            return Stats.of(passes.stream().map(p -> p.perSecond(articles)).toList());
        }
    }

    private Report() {
    }

    static String table(List<Row> rows, int articles, long tokens) {
        double baseline = rows.get(0).articlesPerSecond(articles).median();
        List<String> lines = new ArrayList<>();
        lines.add("| pipeline | threads | model load (s) | articles/s median (min..max) | tokens/s median "
                + "| × baseline | claims | models (MB) | peak heap (MB) |");
        lines.add("|:---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            Stats s = r.articlesPerSecond(articles);
            // tokens per article are fixed, so tokens/s scales with articles/s
            double tokensPerSecond = s.median() * tokens / articles;
            long peak = r.passes().stream().mapToLong(Passes.Pass::peakHeap).max().orElseThrow() - r.otherHeap();
            lines.add("| " + String.join(" | ", r.pipeline(), String.valueOf(r.threads()),
                    fmt("%.1f", r.loadMillis() / 1000.0),
                    fmt("%.2f (%.2f..%.2f)", s.median(), s.min(), s.max()),
                    fmt("%,.0f", tokensPerSecond),
                    fmt("%.2f", s.median() / baseline),
                    r.countsClaims() ? String.valueOf(r.passes().get(0).output()) : "-",
                    fmt("%,.0f", r.modelHeap() / MB),
                    fmt("%,.0f", peak / MB)) + " |");
        }
        return String.join("\n", lines) + "\n";
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
