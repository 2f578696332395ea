package io.claimwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.eval.KilledFigures.ErrorClass;
import io.claimwatch.eval.KilledFigures.ErrorRecord;
import io.claimwatch.eval.KilledFigures.Rates;
import io.claimwatch.eval.KilledFigures.SystemScore;
import io.claimwatch.model.Claim;
import io.claimwatch.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Markdown reports of the conflict-news evals: tables, errors by class, the reference scorer's summary line last. */
final class ConflictTables {
    private static final int TEXT_CHARS = 160;
    /** Code points of context either side of a trigger, as score_events.py shows it. */
    private static final int CONTEXT = 120;

    private ConflictTables() {
    }

    static String killed(KilledFigures.Report r, String dir, CorpusClaims claims, int errors,
                         Map<String, JsonNode> docs) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("## %s: %s (%d articles, %d with gold killed > 0, %d with gold 0; %s)%n%n",
                r.dataset(), dir, r.articles(), r.positive(), r.zero(), claims.origin()));
        if (r.positive() > 0) {
            List<String> header = new ArrayList<>(List.of("system", "lead", "max", "any", "MAE lead",
                    "median AE lead", "MAE max", "with a figure"));
            if (r.withRange()) {
                header.addAll(List.of("lead in [low, high]", "max in [low, high]"));
            }
            List<List<String>> rows = new ArrayList<>();
            for (SystemScore s : r.systems()) {
                Rates x = s.rates();
                List<String> row = new ArrayList<>(List.of(s.name(), f3(x.lead()), f3(x.max()), f3(x.any()),
                        Decimals.fixed(x.maeLead(), 2), Decimals.general(x.medianAeLead()),
                        Decimals.fixed(x.maeMax(), 2), f3(x.covered())));
                if (r.withRange()) {
                    row.addAll(List.of(f3(x.leadInRange()), f3(x.maxInRange())));
                }
                rows.add(row);
            }
            List<String> majority = new ArrayList<>(List.of("majority (always " + r.majority().count() + ")",
                    f3(r.majority().accuracy()), "-", "-", Decimals.fixed(r.majority().mae(), 2), "-", "-", "-"));
            while (majority.size() < header.size()) {
                majority.add("-");
            }
            rows.add(majority);
            b.append("Gold killed > 0 (").append(r.positive()).append(" articles; an article without a figure counts 0):")
                    .append("\n\n").append(Markdown.table(header, "l" + "r".repeat(header.size() - 1), rows)).append('\n');
        }
        if (r.zero() > 0) {
            List<List<String>> rows = r.systems().stream().map(s -> List.of(s.name(),
                    s.falsePositives().fp() + "/" + s.falsePositives().n(), f3(s.falsePositives().rate()))).toList();
            b.append("Gold killed = 0 (").append(r.zero()).append(" articles): a killed figure other than 0\n\n")
                    .append(Markdown.table(List.of("system", "false positives", "rate"), "lrr", rows)).append('\n');
        }
        if (!r.tags().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (KilledFigures.TagScore t : r.tags()) {
                List<String> row = new ArrayList<>(List.of(t.tag(), String.valueOf(t.nPositive())));
                r.systems().forEach(s -> row.add("-"));
                for (int i = 0; i < t.lead().size(); i++) {
                    row.set(2 + i, f3(t.lead().get(i)));
                }
                row.add(String.valueOf(t.nZero()));
                r.systems().forEach(s -> row.add("-"));
                for (int i = 0; i < t.falsePositive().size(); i++) {
                    row.set(3 + r.systems().size() + i, f3(t.falsePositive().get(i)));
                }
                rows.add(row);
            }
            List<String> header = new ArrayList<>(List.of("tag", "gold > 0"));
            r.systems().forEach(s -> header.add(s.name() + " lead"));
            header.add("gold 0");
            r.systems().forEach(s -> header.add(s.name() + " FP"));
            b.append("By gold tag:\n\n").append(Markdown.table(header, "l" + "r".repeat(header.size() - 1), rows))
                    .append('\n');
        }
        if (r.sources() != null) {
            SourceMatch.Score s = r.sources();
            b.append("Attribution of the lead figure (primary source against source_original: Jaccard of "
                    + "normalised tokens >= ").append(SourceMatch.JACCARD_MIN).append("):\n\n");
            b.append(Markdown.table(List.of("measure", "count", "share"), "lrr", List.of(
                    List.of("lead figures with a source", s.attributedLeads() + "/" + s.leads(),
                            f3(s.attributedShare())),
                    List.of("killed figures with a source", s.attributedFigures() + "/" + s.figures(),
                            f3(SourceMatch.Score.share(s.attributedFigures(), s.figures()))),
                    List.of("primary source = source_original, of the lead figures with a source_original",
                            s.hits() + "/" + s.named(), f3(s.matchShare())),
                    List.of("the same, of those whose lead figure has a source", s.hits() + "/" + s.namedAttributed(),
                            f3(SourceMatch.Score.share(s.hits(), s.namedAttributed())))))).append('\n');
        }
        failures(b, claims);
        if (errors > 0) {
            killedErrors(b, r.errors(), errors, docs);
        }
        b.append(r.summary()).append('\n');
        return b.toString();
    }

    private static void killedErrors(StringBuilder b, List<ErrorRecord> all, int n, Map<String, JsonNode> docs) {
        b.append("### Errors by class\n\n");
        List<List<String>> counts = new ArrayList<>();
        for (ErrorClass k : ErrorClass.values()) {
            counts.add(List.of(k.label(), String.valueOf(all.stream().filter(e -> e.kind() == k).count())));
        }
        b.append(Markdown.table(List.of("class", "articles"), "lr", counts)).append('\n');
        for (ErrorClass k : ErrorClass.values()) {
            List<ErrorRecord> errs = all.stream().filter(e -> e.kind() == k).toList();
            if (errs.isEmpty()) {
                continue;
            }
            List<List<String>> rows = errs.stream().limit(n).map(e -> List.of(Markdown.cell(e.gold().docId(), 40),
                    e.gold().accepted().stream().map(String::valueOf).collect(Collectors.joining(" / ")),
                    Markdown.cell(e.figures().toString(), 40), claimCell(e.lead()), claimCell(e.goldClaim()),
                    Markdown.cell(headline(docs.get(e.gold().docId())), TEXT_CHARS))).toList();
            b.append(String.format("#### %s (first %d of %d)%n%n", k.label(), rows.size(), errs.size()));
            b.append(Markdown.table(List.of("article", "gold", "figures", "lead claim", "claim with the gold figure",
                    "headline"), "lrllll", rows)).append('\n');
        }
    }

    static String events(EventTriggers.Report r, String dir, CorpusClaims claims, int errors,
                         Map<String, JsonNode> docs) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("## events: %s (%d articles, %d gold triggers of killed/injured/attacked/captured%s;"
                        + " %s)%n%n", dir, r.articles(), r.goldTriggers(), r.recallOnly() ? ", recall only" : "",
                claims.origin()));
        List<List<String>> rows = new ArrayList<>();
        for (EventTriggers.TypeScore t : r.types()) {
            EventTriggers.Prf s = t.strict();
            EventTriggers.Prf l = t.sameSentence();
            rows.add(List.of(t.type(), String.valueOf(t.gold()), String.valueOf(t.predicted()), p(r, s.p()),
                    f3(s.r()), p(r, s.f1()), p(r, l.p()), f3(l.r()), p(r, l.f1())));
        }
        EventTriggers.Prf m = r.micro();
        EventTriggers.Prf ml = r.microSameSentence();
        rows.add(List.of("micro (core four)", String.valueOf(r.goldTriggers()), "-", p(r, m.p()), f3(m.r()),
                p(r, m.f1()), p(r, ml.p()), f3(ml.r()), p(r, ml.f1())));
        b.append(Markdown.table(List.of("type", "gold", "claims", "P", "R", "F1", "same sentence P", "R", "F1"),
                "lrrrrrrrr", rows)).append('\n');
        if (!r.notScored().isEmpty()) {
            b.append("Not scored (no trigger or no gold mapping): ").append(r.notScored().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).append("\n\n");
        }
        if (!r.recallOnly() && !r.unmatchedWhere().isEmpty()) {
            b.append("Claims without a gold trigger of their type:\n\n").append(Markdown.table(List.of("claim type",
                    "gold trigger there", "claims"), "llr", tallies(r.unmatchedWhere()))).append('\n');
        }
        if (!r.missedWhere().isEmpty()) {
            b.append("Gold triggers missed:\n\n").append(Markdown.table(List.of("gold type", "claims on the trigger",
                    "triggers"), "llr", tallies(r.missedWhere()))).append('\n');
        }
        if (!r.arguments().isEmpty()) {
            b.append("Arguments of matched claims:\n\n").append(Markdown.table(List.of("type", "argument", "outcome",
                    "events"), "lllr", r.arguments().stream().map(a -> List.of(a.type(), a.what(), a.outcome(),
                    String.valueOf(a.n()))).toList())).append('\n');
        }
        failures(b, claims);
        if (errors > 0) {
            eventErrors(b, r, errors, docs);
        }
        b.append(r.summary()).append('\n');
        return b.toString();
    }

    private static void eventErrors(StringBuilder b, EventTriggers.Report r, int n, Map<String, JsonNode> docs) {
        List<EventTriggers.Missed> missed = r.missed().stream().filter(x -> x.others().isEmpty()).toList();
        List<EventTriggers.Missed> otherType = r.missed().stream().filter(x -> !x.others().isEmpty()).toList();
        List<EventTriggers.Unmatched> wrongType = r.recallOnly() ? List.of()
                : r.unmatched().stream().filter(x -> !x.other().equals("no gold trigger")).toList();
        List<EventTriggers.Unmatched> spurious = r.recallOnly() ? List.of()
                : r.unmatched().stream().filter(x -> x.other().equals("no gold trigger")).toList();
        b.append("### Errors by class\n\n");
        section(b, "missed trigger (no claim on it)", n, missed.size(), missed.stream().limit(n).map(x -> List.of(
                x.gold().docId(), x.gold().type() + " (" + x.gold().corpusType() + ")", "-",
                context(docs, x.gold().docId(), x.gold().trigger()))).toList());
        section(b, "missed, a claim of another type on the trigger", n, otherType.size(), otherType.stream().limit(n)
                .map(x -> List.of(x.gold().docId(), x.gold().type() + " (" + x.gold().corpusType() + ")",
                        String.join("/", x.others()), context(docs, x.gold().docId(), x.gold().trigger()))).toList());
        section(b, "wrong type (a gold trigger of another type there)", n, wrongType.size(), wrongType.stream()
                .limit(n).map(x -> List.of(x.unit().docId(), x.other(), x.unit().type(),
                        context(docs, x.unit().docId(), x.unit().trigger()))).toList());
        section(b, "spurious (no gold trigger there)", n, spurious.size(), spurious.stream().limit(n)
                .map(x -> List.of(x.unit().docId(), "-", x.unit().type(),
                        context(docs, x.unit().docId(), x.unit().trigger()))).toList());
        List<List<String>> args = r.argumentErrors().stream().limit(n).map(x -> List.of(x.gold().docId(),
                x.gold().type() + " " + x.what(), Markdown.cell(x.got() + " gold " + x.want(), 80),
                context(docs, x.gold().docId(), x.gold().trigger()))).toList();
        section(b, "argument of a matched event (subject vs Victim, actor vs agent)", n, r.argumentErrors().size(),
                args);
    }

    private static void section(StringBuilder b, String label, int n, int total, List<List<String>> rows) {
        if (total == 0) {
            return;
        }
        b.append(String.format("#### %s (first %d of %d)%n%n", label, Math.min(n, total), total));
        b.append(Markdown.table(List.of("article", "gold", "claim", "sentence"), "llll", rows)).append('\n');
    }

    /** The trigger in its line, at most 120 code points either side, marked [[so]] (score_events.py's context). */
    static String context(Map<String, JsonNode> docs, String docId, Span span) {
        JsonNode d = docs.get(docId);
        if (d == null) {
            return "-";
        }
        int[] cp = d.path("text").asText().codePoints().toArray();
        int start = Math.min(span.start(), cp.length);
        int end = Math.min(span.end(), cp.length);
        int lineStart = start;
        while (lineStart > 0 && cp[lineStart - 1] != '\n') {
            lineStart--;
        }
        int s = Math.max(lineStart, start - CONTEXT);
        int lineEnd = end;
        while (lineEnd < cp.length && cp[lineEnd] != '\n') {
            lineEnd++;
        }
        int e = Math.min(lineEnd, end + CONTEXT);
        String text = new String(cp, s, start - s) + "[[" + new String(cp, start, end - start) + "]]"
                + new String(cp, end, e - end);
        return Markdown.cell(text.replace('\n', ' '), 3 * CONTEXT);
    }

    private static String headline(JsonNode doc) {
        if (doc == null) {
            return null;
        }
        String title = doc.path("title").asText("");
        if (!title.isBlank()) {
            return title;
        }
        String text = doc.path("text").asText("");
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static String claimCell(Claim c) {
        if (c == null) {
            return "-";
        }
        String source = c.primarySource() == null ? "" : " (" + c.primarySource().source() + ")";
        return c.quantity().value() + ": " + Markdown.cell(c.text(), TEXT_CHARS)
                + (source.isEmpty() ? "" : " " + Markdown.cell(source, 60));
    }

    private static void failures(StringBuilder b, CorpusClaims claims) {
        claims.failures().entrySet().stream().limit(5)
                .forEach(f -> b.append("- failed ").append(f.getKey()).append(": ")
                        .append(Markdown.cell(f.getValue(), 200)).append('\n'));
        claims.skipped().entrySet().stream().limit(5)
                .forEach(f -> b.append("- skipped ").append(f.getKey()).append(": ").append(f.getValue()).append('\n'));
        if (!claims.failures().isEmpty() || !claims.skipped().isEmpty()) {
            b.append('\n');
        }
    }

    private static List<List<String>> tallies(List<EventTriggers.Tally> tallies) {
        return tallies.stream().map(t -> List.of(t.first(), t.second(), String.valueOf(t.n()))).toList();
    }

    private static String p(EventTriggers.Report r, double value) {
        return r.recallOnly() ? "-" : f3(value);
    }

    private static String f3(double value) {
        return Double.isNaN(value) ? "-" : Decimals.fixed(value, 3);
    }
}
