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

        Stats articlesPerCpuSecond(int articles) {
            return Stats.of(passes.stream().map(p -> p.perCpuSecond(articles)).toList());
        }
    }

    private Report() {
    }

    static String table(List<Row> rows, int articles, long tokens) {
        double baseline = rows.get(0).articlesPerSecond(articles).median();
        List<String> lines = new ArrayList<>();
        lines.add("| pipeline | threads | model load (s) | articles/s median (min..max) | tokens/s median "
                + "| × baseline | tokens per CPU-second | claims | models (MB) | peak heap (MB) |");
        lines.add("|:---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
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
                    fmt("%,.0f", r.articlesPerCpuSecond(articles).median() * tokens / articles),
                    r.countsClaims() ? String.valueOf(r.passes().get(0).output()) : "-",
                    fmt("%,.0f", r.modelHeap() / MB),
                    fmt("%,.0f", peak / MB)) + " |");
        }
        return String.join("\n", lines) + "\n";
    }

    /**
     * Each row against the baseline, and each multi-thread row against the same pipeline on one thread: the
     * median of the ratios of passes of one round (which ran next to each other, so they share the machine's
     * load), with their spread.
     */
    static String ratios(List<Row> rows, int articles) {
        List<String> lines = new ArrayList<>();
        Row base = rows.get(0);
        for (Row r : rows.subList(1, rows.size())) {
            lines.add(ratioLine(r, base, "× " + base.pipeline()));
            if (r.threads() > 1) {
                rows.stream().filter(o -> o.pipeline().equals(r.pipeline()) && o.threads() == 1).findFirst()
                        .ifPresent(one -> {
                            lines.add(ratioLine(r, one, "× the same on 1 thread (scaling)"));
                            lines.add(cpuLine(r, one));
                        });
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String ratioLine(Row r, Row over, String what) {
        int n = Math.min(r.passes().size(), over.passes().size());
        List<Double> perRound = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perRound.add((double) over.passes().get(i).nanos() / r.passes().get(i).nanos());
        }
        Stats s = Stats.of(perRound);
        return fmt("- %s, %d thread(s): %.2f %s (per round %.2f..%.2f)", r.pipeline(), r.threads(), s.median(),
                what, s.min(), s.max());
    }

    /**
     * Tokens per CPU-second on N threads over the same on 1: near 1 when the threads do no more work together
     * than apart (no contention, no spinning), which a machine busy with other work can show when the scaling
     * itself cannot be measured.
     */
    private static String cpuLine(Row r, Row one) {
        int n = Math.min(r.passes().size(), one.passes().size());
        List<Double> perRound = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perRound.add((double) one.passes().get(i).cpuNanos() / r.passes().get(i).cpuNanos());
        }
        Stats s = Stats.of(perRound);
        return fmt("- %s, %d thread(s): %.2f × the tokens per CPU-second of 1 thread (CPU efficiency) "
                + "(per round %.2f..%.2f)", r.pipeline(), r.threads(), s.median(), s.min(), s.max());
    }

    /** The whole-process runs of `claimwatch ingest`: one row per thread count, medians over its runs. */
    static String processTable(List<WholeProcess.Run> runs, int articles, long tokens) {
        List<String> lines = new ArrayList<>();
        lines.add("| `claimwatch ingest` process | runs | wall (s) | ingest (s) | relink (s) | articles/s (ingest) "
                + "| tokens/s (ingest) | tokens/s (wall) | CPU (s) | tokens per CPU-second | claims | peak RSS (MB) |");
        lines.add("|:---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<String> after = new ArrayList<>();
        Stats oneThread = null;
        for (int threads : runs.stream().map(WholeProcess.Run::threads).distinct().sorted().toList()) {
            List<WholeProcess.Run> rs = runs.stream().filter(r -> r.threads() == threads).toList();
            Stats wall = Stats.of(rs.stream().map(r -> r.wallNanos() / 1e9).toList());
            Stats ingest = Stats.of(rs.stream().map(WholeProcess.Run::ingestSeconds).toList());
            Stats link = Stats.of(rs.stream().map(WholeProcess.Run::linkSeconds).toList());
            Stats cpu = Stats.of(rs.stream().map(WholeProcess.Run::cpuSeconds).toList());
            long peak = rs.stream().mapToLong(WholeProcess.Run::peakRssKb).max().orElseThrow();
            lines.add("| " + String.join(" | ", threads + " thread(s)", String.valueOf(rs.size()),
                    fmt("%.1f", wall.median()), fmt("%.1f", ingest.median()), fmt("%.1f", link.median()),
                    fmt("%.2f", articles / ingest.median()), fmt("%,.0f", tokens / ingest.median()),
                    fmt("%,.0f", tokens / wall.median()), fmt("%.1f", cpu.median()),
                    fmt("%,.0f", tokens / cpu.median()), String.valueOf(rs.get(0).claims()),
                    fmt("%,.0f", peak / 1024.0)) + " |");
            if (threads == 1) {
                oneThread = ingest;
            } else if (oneThread != null) {
                after.add(fmt("- `claimwatch ingest` process, %d threads: %.2f× the 1-thread ingest rate (scaling)",
                        threads, oneThread.median() / ingest.median()));
            }
        }
        lines.add("");
        lines.addAll(after);
        return String.join("\n", lines) + "\n";
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
