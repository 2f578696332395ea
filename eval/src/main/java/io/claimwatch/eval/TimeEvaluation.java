package io.claimwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import io.claimwatch.model.Span;
import io.claimwatch.model.TimeSpan;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claim times against TimeML gold (tempeval3 in ../shared/eval), as {@code score_time.py} scores them: a claim
 * time is scored when its span overlaps a gold DATE or TIME of its article (the largest overlap, ties the
 * earliest), each (article, time span) once; the gold value read as calendar days at its granularity (day,
 * week, weekend, month, quarter, half, season, year, decade, century); exact: a day value needs start = end =
 * that day, a coarser one must contain start..end; values naming no period (PRESENT_REF, XXXX-10) are left out.
 */
public final class TimeEvaluation {
    /** A gold value as days [first, last] and its granularity. */
    record Period(LocalDate first, LocalDate last, String granularity) {
    }

    /** One scored claim time. */
    public record Row(String docId, TimeSpan time, JsonNode gold, Period period, boolean exact, boolean samePeriod) {
    }

    /** Rows over comparable gold values, and the count of scored times whose gold names no period. */
    public record Report(List<Row> rows, int notComparable, int articles, Map<String, String> failures) {
        long exact() {
            return rows.stream().filter(Row::exact).count();
        }

        double exactShare() {
            return rows.isEmpty() ? Double.NaN : (double) exact() / rows.size();
        }
    }

    private TimeEvaluation() {
    }

    public static Report run(Path dir, Function<Article, List<Claim>> extractor, int threads,
                             Consumer<String> progress) throws IOException {
        Map<String, Article> docs = Jsonl.articles(dir.resolve("docs.jsonl"));
        Map<String, List<JsonNode>> gold = new LinkedHashMap<>();
        for (JsonNode g : Jsonl.read(dir.resolve("gold.jsonl"))) {
            gold.computeIfAbsent(g.get("doc_id").asText(), k -> new ArrayList<>()).add(g);
        }
        ParallelExtraction.Result extracted = ParallelExtraction.run(docs.values(), extractor, threads, progress);
        List<Row> rows = new ArrayList<>();
        int notComparable = 0;
        for (Map.Entry<String, List<Claim>> a : new TreeMap<>(extracted.claims()).entrySet()) {
            Map<Span, TimeSpan> times = new LinkedHashMap<>();
            for (Claim c : a.getValue()) {
                if (c.time() != null && c.time().span() != null) {
                    times.putIfAbsent(c.time().span(), c.time());
                }
            }
            for (TimeSpan t : times.values()) {
                JsonNode best = null;
                int bestOverlap = 0;
                for (JsonNode g : gold.getOrDefault(a.getKey(), List.of())) {
                    String type = Jsonl.text(g, "type");
                    int o = overlap(t.span(), Jsonl.span(g.get("span")));
                    if (("DATE".equals(type) || "TIME".equals(type)) && o > bestOverlap) {
                        best = g;
                        bestOverlap = o;
                    }
                }
                if (best == null) {
                    continue;
                }
                Period p = period(Jsonl.text(best, "value"));
                if (p == null) {
                    notComparable++;
                    continue;
                }
                boolean placed = t.start() != null && t.end() != null;
                boolean exact = placed && (p.granularity().equals("day")
                        ? t.start().equals(p.first()) && t.end().equals(p.first())
                        : !t.start().isBefore(p.first()) && !t.end().isAfter(p.last()));
                boolean same = placed && t.start().equals(p.first()) && t.end().equals(p.last());
                rows.add(new Row(a.getKey(), t, best, p, exact, same));
            }
        }
        return new Report(List.copyOf(rows), notComparable, docs.size(), extracted.failures());
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern PART = Pattern.compile("(\\d{4})-([QH])([1-4])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|AU|WI)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})(XX)?");

    /** score_time.py's reading of a TIMEX3 value, or null when it names no calendar period. */
    static Period period(String value) {
        String v = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            Matcher m = DAY.matcher(v);
            if (m.matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return new Period(d, d, "day");
            }
            m = WEEK.matcher(v);
            if (m.matches()) {
                LocalDate monday = LocalDate.of(num(m, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return m.group(3) != null ? new Period(monday.plusDays(5), monday.plusDays(6), "weekend")
                        : new Period(monday, monday.plusDays(6), "week");
            }
            m = MONTH.matcher(v);
            if (m.matches()) {
                LocalDate first = LocalDate.of(num(m, 1), num(m, 2), 1);
                return new Period(first, first.with(TemporalAdjusters.lastDayOfMonth()), "month");
            }
            m = PART.matcher(v);
            if (m.matches()) {
                boolean quarter = m.group(2).equals("Q");
                int n = num(m, 3);
                if (!quarter && n > 2) {
                    return null;
                }
                LocalDate first = LocalDate.of(num(m, 1), quarter ? 3 * n - 2 : 6 * n - 5, 1);
                return new Period(first, first.plusMonths(quarter ? 3 : 6).minusDays(1), quarter ? "quarter" : "half");
            }
            m = SEASON.matcher(v);
            if (m.matches()) {
                int y = num(m, 1);
                return switch (m.group(2)) {
                    case "SP" -> new Period(LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31), "season");
                    case "SU" -> new Period(LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31), "season");
                    case "WI" -> new Period(LocalDate.of(y, 12, 1),
                            LocalDate.of(y + 1, 2, 1).with(TemporalAdjusters.lastDayOfMonth()), "season");
                    default -> new Period(LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30), "season");
                };
            }
            if (YEAR.matcher(v).matches()) {
                int y = Integer.parseInt(v);
                return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "year");
            }
            m = DECADE.matcher(v);
            if (m.matches()) {
                int y = num(m, 1) * 10;
                return new Period(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31), "decade");
            }
            m = CENTURY.matcher(v);
            if (m.matches()) {
                int y = num(m, 1) * 100;
                return new Period(LocalDate.of(Math.max(1, y), 1, 1), LocalDate.of(y + 99, 12, 31), "century");
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
