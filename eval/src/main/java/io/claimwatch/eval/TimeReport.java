package io.claimwatch.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Markdown of {@code claimwatch eval time}: exact and same-period shares by gold granularity, the errors. */
final class TimeReport {
    private TimeReport() {
    }

    static void print(PrintWriter out, Path dir, TimeEvaluation.Report r, int errors) {
        out.printf("## time: %s (%d articles)%n%n", dir, r.articles());
        Map<String, List<TimeEvaluation.Row>> by = new TreeMap<>();
        r.rows().forEach(x -> by.computeIfAbsent(x.period().granularity(), k -> new ArrayList<>()).add(x));
        List<List<String>> rows = new ArrayList<>();
        by.forEach((k, v) -> rows.add(row(k, v)));
        rows.add(row("**all**", r.rows()));
        out.print(Markdown.table(List.of("gold granularity", "scored", "exact", "same period"), "lrrr", rows));
        out.printf("%ntime: exact %s over %d claim times on comparable gold DATE/TIME (%d on gold values that name "
                + "no period left out)%n", Markdown.num(r.exactShare()), r.rows().size(), r.notComparable());
        out.println(ArticleBootstrap.of(r.rows(), TimeEvaluation.Row::docId, TimeEvaluation.Row::exact).line("time: exact"));
        r.failures().entrySet().stream().limit(5)
                .forEach(f -> out.println("- failed " + f.getKey() + ": " + Markdown.cell(f.getValue(), 200)));
        if (errors > 0) {
            List<List<String>> bad = r.rows().stream().filter(x -> !x.exact()).limit(errors)
                    .map(x -> List.of(x.docId(), Markdown.cell(x.time().text(), 40),
                            x.time().start() + ".." + x.time().end(), Markdown.cell(x.gold().get("text").asText(), 40),
                            x.gold().get("value").asText())).toList();
            out.printf("%n### Errors (first %d)%n%n", bad.size());
            out.print(Markdown.table(List.of("article", "time", "days", "gold", "gold value"), "lllll", bad));
        }
        out.flush();
    }

    private static List<String> row(String label, List<TimeEvaluation.Row> rows) {
        long exact = rows.stream().filter(TimeEvaluation.Row::exact).count();
        long same = rows.stream().filter(TimeEvaluation.Row::samePeriod).count();
        return List.of(label, String.valueOf(rows.size()),
                Markdown.num(rows.isEmpty() ? Double.NaN : (double) exact / rows.size()),
                Markdown.num(rows.isEmpty() ? Double.NaN : (double) same / rows.size()));
    }
}
