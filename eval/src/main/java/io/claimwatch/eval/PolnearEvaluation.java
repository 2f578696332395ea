package io.claimwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.model.Article;
import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Attribution on PolNeAR: does a claim with a source stand where a gold relation's content is, and does one
 * of its attributions name the gold source there? Gold relations are those with {@code has_source = true};
 * predicted relations are the claims with at least one attribution.
 */
public final class PolnearEvaluation {
    /** How a predicted attribution span is compared with the gold source spans. */
    public enum Matching {
        /** the claim overlaps the gold content; its source is not checked (diagnostic: is the content found?) */
        CONTENT_ONLY("content only"),
        /** the claim overlaps the gold content, an attribution span overlaps a gold source span */
        OVERLAP("overlap"),
        /** the claim overlaps the gold content, an attribution span equals a gold source span */
        EXACT_SOURCE("exact source");

        private final String label;

        Matching(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One gold relation: the content span ({@code span} of the gold line) and its source spans. */
    public record GoldRelation(String docId, Span content, List<Span> sources) {
        public GoldRelation {
            sources = List.copyOf(sources);
        }
    }

    /**
     * Counts of one matching: {@code found} gold relations of {@code gold}, {@code correct} claims of
     * {@code predicted}.
     */
    public record Score(Matching matching, int gold, int predicted, int found, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The gold relations with a source by article id, and how many lines lacked a content or source span. */
    public record Gold(Map<String, List<GoldRelation>> relations, int unscorable) {
    }

    /**
     * Scores in {@link Matching} order, with the number of articles scored, of unscorable gold lines (in the
     * whole file) and the extraction failures.
     */
    public record Report(int docs, List<Score> scores, int unscorableGold, Map<String, String> failures) {
        public Report {
            scores = List.copyOf(scores);
            failures = new TreeMap<>(failures);
        }

        public Score score(Matching matching) {
            return scores.stream().filter(s -> s.matching() == matching).findFirst().orElseThrow();
        }
    }

    private PolnearEvaluation() {
    }

    /** Reads {@code dir}/docs.jsonl and gold.jsonl, extracts the first {@code limit} articles (all when <= 0). */
    public static Report run(Path dir, Function<Article, List<Claim>> extractor, int limit, int threads,
                             Consumer<String> progress) throws IOException {
        List<Article> articles = new ArrayList<>(Jsonl.articles(dir.resolve("docs.jsonl")).values());
        if (limit > 0 && articles.size() > limit) {
            articles = articles.subList(0, limit);
        }
        Gold gold = readGold(dir.resolve("gold.jsonl"));
        ParallelExtraction.Result extracted = ParallelExtraction.run(articles, extractor, threads, progress);
        Map<String, List<GoldRelation>> goldOfDocs = new LinkedHashMap<>();
        for (Article a : articles) {
            goldOfDocs.put(a.id(), gold.relations().getOrDefault(a.id(), List.of()));
        }
        Report scored = score(goldOfDocs, extracted.claims());
        return new Report(scored.docs(), scored.scores(), gold.unscorable(), extracted.failures());
    }

    /**
     * The gold relations with a source, by article id. A few lines say {@code has_source} but lack the
     * content span or the source spans: no claim could match them, so they are counted apart, not as misses.
     */
    public static Gold readGold(Path file) throws IOException {
        Map<String, List<GoldRelation>> gold = new LinkedHashMap<>();
        int unscorable = 0;
        for (JsonNode n : Jsonl.read(file)) {
            if (!n.path("has_source").asBoolean(false)) {
                continue;
            }
            List<Span> sources = Jsonl.spans(n.get("source_spans"));
            if (!n.path("span").isArray() || sources.isEmpty()) {
                unscorable++;
                continue;
            }
            String docId = n.path("doc_id").asText();
            gold.computeIfAbsent(docId, k -> new ArrayList<>())
                    .add(new GoldRelation(docId, Jsonl.span(n.get("span")), sources));
        }
        return new Gold(gold, unscorable);
    }

    /**
     * Scores the claims of each article of {@code goldByDoc} (its keys are the articles scored; an article
     * with no gold relation still counts its predictions). Pure: no I/O.
     */
    public static Report score(Map<String, List<GoldRelation>> goldByDoc, Map<String, List<Claim>> claimsByDoc) {
        List<Score> scores = new ArrayList<>();
        for (Matching m : Matching.values()) {
            int gold = 0;
            int predicted = 0;
            int found = 0;
            int correct = 0;
            for (Map.Entry<String, List<GoldRelation>> doc : goldByDoc.entrySet()) {
                List<GoldRelation> relations = doc.getValue();
                List<Claim> claims = claimsByDoc.getOrDefault(doc.getKey(), List.of()).stream()
                        .filter(c -> !c.attribution().isEmpty()).toList();
                gold += relations.size();
                predicted += claims.size();
                found += (int) relations.stream().filter(r -> claims.stream().anyMatch(c -> matches(c, r, m))).count();
                correct += (int) claims.stream().filter(c -> relations.stream().anyMatch(r -> matches(c, r, m))).count();
            }
            scores.add(new Score(m, gold, predicted, found, correct));
        }
        return new Report(goldByDoc.size(), scores, 0, Map.of());
    }

    /** True when {@code claim} stands for {@code relation} under {@code matching}. */
    static boolean matches(Claim claim, GoldRelation relation, Matching matching) {
        if (!claim.span().overlaps(relation.content())) {
            return false;
        }
        if (matching == Matching.CONTENT_ONLY) {
            return true;
        }
        BiPredicate<Span, Span> same = matching == Matching.OVERLAP ? Span::overlaps : Span::equals;
        for (Attribution a : claim.attribution()) {
            if (a.span() != null && relation.sources().stream().anyMatch(g -> same.test(a.span(), g))) {
                return true;
            }
        }
        return false;
    }
}
