package io.claimwatch.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups articles that tell the same event. Two reports of one shooting share its rare words: the victim's
 * and suspect's names, the street, the town, the ages; two shootings in one city share only the city. So
 * articles are compared by the cosine of their TF-IDF term vectors (story lines and title), lowered by how
 * far apart they were published: the same rare words a year later are more often another event in the same
 * place (an anniversary piece, a second shooting on the same street) than within the same week.
 *
 * <p>Clustering is average-link agglomeration over the candidate pairs, strongest first: a pair merges two
 * groups only when the groups' mean pairwise score stays above {@link #MERGE_RATIO} of the threshold, which
 * keeps one weak link from chaining two events together (single-link chaining was the main source of wrong
 * merges when this was measured on the GVA dev split; see docs/EVALUATION.md).
 */
final class IncidentClustering {
    static final double THRESHOLD = 0.12;
    static final double MERGE_RATIO = 0.7;
    /** Terms in more than this share of the articles carry no identity ("police", "shot") and are skipped. */
    static final double MAX_DOC_FREQUENCY = 0.05;
    /** Below this many articles document frequencies mean little, so no term is skipped for being common. */
    static final int MIN_CORPUS_FOR_CUT = 200;
    /** A term shared by more articles than this is not worth enumerating pairs for. */
    static final int MAX_POSTINGS = 200;
    /**
     * No incident's reports are published further apart than this: a group spanning years is two events
     * sharing words (two accidental shootings of children), not one. Follow-ups (sentencing) stay within it.
     */
    static final long MAX_SPAN_DAYS = 365;
    /** The score of a must-link pair: above any cosine, so it merges first and unconditionally. */
    private static final double FORCED = 2.0;
    private static final double MIN_SCORE = 0.01;

    /** One article as the clustering sees it. */
    record Doc(String id, LocalDate published, List<String> words) {
    }

    private IncidentClustering() {
    }

    /**
     * The score lost for the days between two publications. An unknown date costs nothing: it is no evidence
     * against the pair, and a penalty on every pair of an undated corpus (ECB+) left its articles ungrouped
     * (B-cubed F1 0.447 with 0.15, 0.858 with 0 on the ECB+ dev split).
     */
    static double datePenalty(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return 0;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(a, b));
        if (days <= 3) {
            return 0;
        }
        if (days <= 30) {
            return 0.05;
        }
        return days <= 90 ? 0.15 : 0.25;
    }

    /** Clusters of article ids; {@code mustLink} pairs (syndicated copies) are always together. */
    static List<List<String>> cluster(List<Doc> docs, Collection<String[]> mustLink) {
        int n = docs.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(docs.get(i).id(), i);
        }
        Map<Long, Double> scores = scores(docs, vectors(docs));
        for (String[] p : mustLink) {
            scores.put(pair(index.get(p[0]), index.get(p[1])), FORCED);
        }

        List<List<Integer>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>(List.of(i)));
            groupOf[i] = i;
        }
        List<Map.Entry<Long, Double>> candidates = scores.entrySet().stream()
                .filter(e -> e.getValue() >= THRESHOLD)
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        for (Map.Entry<Long, Double> e : candidates) {
            int ga = groupOf[first(e.getKey())];
            int gb = groupOf[second(e.getKey())];
            if (ga == gb) {
                continue;
            }
            List<Integer> a = groups.get(ga);
            List<Integer> b = groups.get(gb);
            if (e.getValue() >= FORCED
                    || meanScore(a, b, scores) >= THRESHOLD * MERGE_RATIO && daysSpanned(docs, a, b) <= MAX_SPAN_DAYS) {
                a.addAll(b);
                b.forEach(i -> groupOf[i] = ga);
                groups.set(gb, null);
            }
        }
        List<List<String>> clusters = new ArrayList<>();
        for (List<Integer> g : groups) {
            if (g != null) {
                clusters.add(g.stream().sorted().map(i -> docs.get(i).id()).toList());
            }
        }
        return clusters;
    }

    /** The days between the first and last publication of two groups together (0 when none is dated). */
    private static long daysSpanned(List<Doc> docs, List<Integer> a, List<Integer> b) {
        LocalDate lo = null;
        LocalDate hi = null;
        for (List<Integer> g : List.of(a, b)) {
            for (int i : g) {
                LocalDate d = docs.get(i).published();
                if (d != null) {
                    lo = lo == null || d.isBefore(lo) ? d : lo;
                    hi = hi == null || d.isAfter(hi) ? d : hi;
                }
            }
        }
        return lo == null ? 0 : ChronoUnit.DAYS.between(lo, hi);
    }

    private static double meanScore(List<Integer> a, List<Integer> b, Map<Long, Double> scores) {
        double total = 0;
        for (int x : a) {
            for (int y : b) {
                total += scores.getOrDefault(pair(x, y), 0.0);
            }
        }
        return total / ((double) a.size() * b.size());
    }

    /** Unit-length TF-IDF vectors (by article index): sublinear tf, idf = ln(1 + N / df), common terms skipped. */
    private static List<Map<String, Double>> vectors(List<Doc> docs) {
        Map<String, Integer> df = new HashMap<>();
        for (Doc d : docs) {
            d.words().stream().distinct().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int n = docs.size();
        boolean cutCommon = n >= MIN_CORPUS_FOR_CUT;
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Doc d : docs) {
            Map<String, Integer> tf = new HashMap<>();
            d.words().forEach(w -> tf.merge(w, 1, Integer::sum));
            Map<String, Double> v = new HashMap<>();
            tf.forEach((w, c) -> {
                int f = df.get(w);
                if (!cutCommon || f < n * MAX_DOC_FREQUENCY) {
                    v.put(w, (1 + Math.log(c)) * Math.log(1.0 + (double) n / f));
                }
            });
            double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            if (norm > 0) {
                v.replaceAll((w, x) -> x / norm);
            }
            vectors.add(v);
        }
        return vectors;
    }

    /**
     * Date-lowered cosines of all pairs that share a term, through an inverted index (never all n^2 pairs),
     * accumulated per article in a dense array. Scores under {@link #MIN_SCORE} are dropped: they cannot
     * start a merge and barely move a group mean.
     */
    private static Map<Long, Double> scores(List<Doc> docs, List<Map<String, Double>> vectors) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (String w : vectors.get(i).keySet()) {
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Double> scores = new HashMap<>();
        double[] dot = new double[vectors.size()];
        List<Integer> touched = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (Map.Entry<String, Double> term : vectors.get(i).entrySet()) {
                List<Integer> list = postings.get(term.getKey());
                if (list.size() > MAX_POSTINGS) {
                    continue;
                }
                for (int j : list) {
                    if (j > i) {
                        if (dot[j] == 0) {
                            touched.add(j);
                        }
                        dot[j] += term.getValue() * vectors.get(j).get(term.getKey());
                    }
                }
            }
            for (int j : touched) {
                double score = dot[j] - datePenalty(docs.get(i).published(), docs.get(j).published());
                if (score >= MIN_SCORE) {
                    scores.put(pair(i, j), score);
                }
                dot[j] = 0;
            }
            touched.clear();
        }
        return scores;
    }

    /** A pair of article indexes as one map key, smaller index first. */
    private static long pair(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    private static int first(long pair) {
        return (int) (pair >>> 32);
    }

    private static int second(long pair) {
        return (int) pair;
    }
}
