package io.claimwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Casualty counts on gva_longtail: per incident and event type (killed, injured), the figure that
 * {@link IncidentFigure} derives from the incident's articles against the GVA database count.
 */
public final class GvaEvaluation {
    /** The event types of the gold, in report order. */
    public static final List<EventType> TYPES = List.of(EventType.KILLED, EventType.INJURED);

    /** One gold line: the database count of one event type for one incident. */
    public record GoldCount(String incidentId, EventType type, long count, List<String> docIds) {
        public GoldCount {
            docIds = List.copyOf(docIds);
        }
    }

    /**
     * Scores of one event type: exact-match accuracy and mean absolute error, and the same for the
     * majority baseline (always answer the most frequent gold count; ties go to the smaller count).
     */
    public record TypeScore(EventType type, int n, double accuracy, double mae, long majority,
                            double majorityAccuracy, double majorityMae) {
    }

    /** A wrong figure and what decided it ({@code docId}, {@code claimText}, {@code span} null when no claim). */
    public record ErrorRecord(String incidentId, EventType type, long gold, long predicted, String docId,
                              String claimText, Span span) {
    }

    /** Scores per type (in {@link #TYPES} order), all wrong figures in gold order, and the run's counts. */
    public record Report(int incidents, int articles, List<TypeScore> scores, List<ErrorRecord> errors,
                         List<String> missingDocs, Map<String, String> failures) {
        public Report {
            scores = List.copyOf(scores);
            errors = List.copyOf(errors);
            missingDocs = List.copyOf(missingDocs);
            failures = new TreeMap<>(failures);
        }
    }

    private GvaEvaluation() {
    }

    /**
     * Reads {@code dir}/docs.jsonl and {@code dir}/gold.jsonl, extracts the articles of the first
     * {@code limit} incidents (all when {@code limit <= 0}) once each, and scores them.
     */
    public static Report run(Path dir, Function<Article, List<Claim>> extractor, int limit, int threads,
                             Consumer<String> progress) throws IOException {
        List<GoldCount> gold = limit(readGold(dir.resolve("gold.jsonl")), limit);
        Map<String, Article> docs = Jsonl.articles(dir.resolve("docs.jsonl"));
        Set<String> needed = new LinkedHashSet<>();
        gold.forEach(g -> needed.addAll(g.docIds()));
        List<Article> articles = needed.stream().filter(docs::containsKey).map(docs::get).toList();
        List<String> missing = needed.stream().filter(id -> !docs.containsKey(id)).toList();
        ParallelExtraction.Result extracted = ParallelExtraction.run(articles, extractor, threads, progress);
        Report scored = score(gold, extracted.claims());
        return new Report(scored.incidents(), articles.size(), scored.scores(), scored.errors(), missing,
                extracted.failures());
    }

    /** The gold lines of a gold.jsonl file, in file order. */
    public static List<GoldCount> readGold(Path file) throws IOException {
        List<GoldCount> gold = new ArrayList<>();
        for (JsonNode n : Jsonl.read(file)) {
            List<String> docIds = new ArrayList<>();
            n.path("doc_ids").forEach(d -> docIds.add(d.asText()));
            gold.add(new GoldCount(n.path("incident_id").asText(), EventType.of(n.path("event_type").asText()),
                    n.path("count").asLong(), docIds));
        }
        return gold;
    }

    /** The gold lines of the first {@code limit} incidents in file order (all when {@code limit <= 0}). */
    public static List<GoldCount> limit(List<GoldCount> gold, int limit) {
        if (limit <= 0) {
            return gold;
        }
        Set<String> kept = new LinkedHashSet<>();
        List<GoldCount> out = new ArrayList<>();
        for (GoldCount g : gold) {
            if (kept.contains(g.incidentId()) || kept.size() < limit) {
                kept.add(g.incidentId());
                out.add(g);
            }
        }
        return out;
    }

    /** Scores already extracted claims (by article id) against the gold lines. Pure: no I/O. */
    public static Report score(List<GoldCount> gold, Map<String, List<Claim>> claimsByDoc) {
        List<Outcome> outcomes = gold.stream()
                .map(g -> new Outcome(g, IncidentFigure.ofIncident(g.docIds(), claimsByDoc, g.type())))
                .toList();
        List<ErrorRecord> errors = outcomes.stream().filter(o -> !o.right()).map(Outcome::error).toList();
        List<TypeScore> scores = TYPES.stream()
                .map(t -> typeScore(t, outcomes.stream().filter(o -> o.gold().type() == t).toList()))
                .toList();
        long incidents = gold.stream().map(GoldCount::incidentId).distinct().count();
        long docs = gold.stream().flatMap(g -> g.docIds().stream()).distinct().count();
        return new Report((int) incidents, (int) docs, scores, errors, List.of(), Map.of());
    }

    /** One gold line and the figure derived for it. */
    private record Outcome(GoldCount gold, IncidentFigure.Figure figure) {
        boolean right() {
            return figure.value() == gold.count();
        }

        long absError() {
            return Math.abs(figure.value() - gold.count());
        }

        ErrorRecord error() {
            Claim c = figure.claim();
            return new ErrorRecord(gold.incidentId(), gold.type(), gold.count(), figure.value(), figure.docId(),
                    c == null ? null : c.text(), c == null ? null : c.span());
        }
    }

    private static TypeScore typeScore(EventType type, List<Outcome> outcomes) {
        int n = outcomes.size();
        Map<Long, Integer> frequency = new TreeMap<>();
        outcomes.forEach(o -> frequency.merge(o.gold().count(), 1, Integer::sum));
        long majority = 0;
        int best = -1;
        for (Map.Entry<Long, Integer> e : frequency.entrySet()) {
            // ascending keys: a tie keeps the smaller count
            if (e.getValue() > best) {
                majority = e.getKey();
                best = e.getValue();
            }
        }
        long m = majority;
        long exact = outcomes.stream().filter(Outcome::right).count();
        long absError = outcomes.stream().mapToLong(Outcome::absError).sum();
        long majorityExact = outcomes.stream().filter(o -> o.gold().count() == m).count();
        long majorityAbs = outcomes.stream().mapToLong(o -> Math.abs(o.gold().count() - m)).sum();
        return new TypeScore(type, n, ratio(exact, n), ratio(absError, n), m, ratio(majorityExact, n),
                ratio(majorityAbs, n));
    }

    private static double ratio(double part, int n) {
        return n == 0 ? Double.NaN : part / n;
    }
}
