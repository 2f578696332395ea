package io.claimwatch.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.Place;
import io.claimwatch.model.Span;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Markdown of {@code claimwatch eval geo}: the score by gold kind, a summary line, the first errors. */
final class GeoReport {
    private GeoReport() {
    }

    static void print(PrintWriter out, Path dir, GeoEvaluation.Report r, int errors) {
        out.printf("## geo: %s (%d gold toponyms)%n%n", dir, r.all().n());
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, GeoEvaluation.Score> k : r.byKind().entrySet()) {
            rows.add(row(k.getKey(), k.getValue()));
        }
        rows.add(row("**all**", r.all()));
        out.print(Markdown.table(List.of("gold kind", "toponyms", "resolved", "acc@161", "lenient", "median km"),
                "lrrrrr", rows));
        printPrecisions(out, r);
        GeoEvaluation.Score a = r.all();
        out.printf(Locale.ROOT, "%ngeo: acc@161km %s over %d gold toponyms (resolved %s, lenient %s, median km %s)%n",
                Markdown.num(a.accuracy()), a.n(), Markdown.num(a.resolvedShare()), Markdown.num(a.lenientAccuracy()),
                Double.isNaN(a.medianKm()) ? "-" : String.format(Locale.ROOT, "%.1f", a.medianKm()));
        out.println(ArticleBootstrap.of(r.rows(), GeoEvaluation.Row::docId, GeoEvaluation.Row::ok).line("geo: acc@161km"));
        if (errors > 0) {
            List<List<String>> bad = r.rows().stream().filter(x -> !x.ok()).limit(errors).map(x -> {
                Place p = x.place();
                return List.of(x.docId(), Markdown.cell(x.gold().get("text").asText(), 40),
                        p == null ? "-" : Markdown.cell(p.name() + " " + p.country(), 40),
                        Markdown.cell(Jsonl.text(x.gold(), "name") + " " + Jsonl.text(x.gold(), "country"), 40),
                        x.kind(), Double.isNaN(x.km()) ? "unresolved" : String.format(Locale.ROOT, "%.0f", x.km()));
            }).toList();
            out.printf("%n### Errors (first %d)%n%n", bad.size());
            out.print(Markdown.table(List.of("article", "toponym", "resolved to", "gold", "kind", "km"), "lllllr", bad));
        }
        out.flush();
    }

    /**
     * The precision of each resolution (what its point stands for: continent to city, docs/FORMAT.md) by gold
     * kind, with the accuracy within 161 km at each precision.
     */
    static void printPrecisions(PrintWriter out, GeoEvaluation.Report r) {
        List<String> precisions = new ArrayList<>();
        for (Place.Precision p : Place.Precision.values()) {
            precisions.add(p.id());
        }
        precisions.add("unresolved");
        Map<String, Map<String, Integer>> byKind = new java.util.TreeMap<>();
        Map<String, int[]> total = new java.util.LinkedHashMap<>();
        precisions.forEach(p -> total.put(p, new int[2]));
        for (GeoEvaluation.Row x : r.rows()) {
            String p = !x.resolved() ? "unresolved" : x.place().precision() == null ? "unresolved" : x.place().precision().id();
            byKind.computeIfAbsent(x.kind(), k -> new java.util.HashMap<>()).merge(p, 1, Integer::sum);
            total.get(p)[0]++;
            total.get(p)[1] += x.ok() ? 1 : 0;
        }
        List<List<String>> rows = new ArrayList<>();
        byKind.forEach((kind, counts) -> {
            List<String> row = new ArrayList<>(List.of(kind));
            precisions.forEach(p -> row.add(String.valueOf(counts.getOrDefault(p, 0))));
            rows.add(row);
        });
        List<String> all = new ArrayList<>(List.of("**all**"));
        List<String> acc = new ArrayList<>(List.of("acc@161"));
        precisions.forEach(p -> {
            int[] t = total.get(p);
            all.add(String.valueOf(t[0]));
            acc.add(t[0] == 0 || p.equals("unresolved") ? "-" : Markdown.num((double) t[1] / t[0]));
        });
        rows.add(all);
        rows.add(acc);
        List<String> head = new ArrayList<>(List.of("gold kind / precision"));
        head.addAll(precisions);
        out.printf("%n");
        out.print(Markdown.table(head, "l" + "r".repeat(precisions.size()), rows));
    }

    /** One pseudo-claim a line: {article: {id}, text, span, place}, the shape score_geo.py reads. */
    static void writePlaces(GeoEvaluation.Report r, Path file) throws IOException {
        if (file == null) {
            return;
        }
        ObjectMapper json = ClaimJson.mapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (GeoEvaluation.Row x : r.rows()) {
                Span span = Jsonl.span(x.gold().get("span"));
                String text = x.gold().get("text").asText();
                Place p = x.place() != null ? x.place() : Place.unresolved(text, span);
                ObjectNode o = json.createObjectNode();
                o.putObject("article").put("id", x.docId());
                o.put("text", text);
                o.putArray("span").add(span.start()).add(span.end());
                o.set("place", json.valueToTree(p));
                w.write(json.writeValueAsString(o));
                w.newLine();
            }
        }
    }

    private static List<String> row(String label, GeoEvaluation.Score s) {
        return List.of(label, String.valueOf(s.n()), Markdown.num(s.resolvedShare()), Markdown.num(s.accuracy()),
                Markdown.num(s.lenientAccuracy()),
                Double.isNaN(s.medianKm()) ? "-" : String.format(Locale.ROOT, "%.1f", s.medianKm()));
    }
}
