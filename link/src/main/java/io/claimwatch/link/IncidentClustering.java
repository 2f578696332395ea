package io.claimwatch.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 *
 * <p>Two reports that date their event to days further apart, or place it in towns far apart, lose
 * {@link #CONFLICT_PENALTY} each: two shootings in one city a few days apart share the city, the police
 * spokesman and the story's kind, but not the day; two accidental shootings of children in two states share
 * every word of the kind but not the town. Claim days and places are noisy (a weekday resolved a week off, a
 * neighbourhood read as a town of another state), so a conflict lowers the score, and words shared enough still
 * link the pair; as a bar to merging they split more true incidents than they kept apart (GVA dev recall 0.886 ->
 * 0.856 for days, 0.867 for places). Two reports that date their event to the same day gain
 * {@link #SAME_DAY_BONUS}: it is what a short report and a long one of the same shooting most often share. Two
 * reports of one outlet lose {@link #SAME_OUTLET_PENALTY}: they share the outlet's words as well as the event's.
 */
final class IncidentClustering {
    /**
     * The least score that starts a merge. 0.12 before the conflict penalties; they take the worst wrong pairs
     * under it, so a lower bar links more reports of one event (GVA dev B-cubed 0.921 at 0.12, 0.922 at 0.11,
     * 0.920 at 0.10: a plateau; ECB+ dev 0.879 at 0.11).
     */
    static final double THRESHOLD = 0.11;
    /**
     * The share of the threshold two groups' mean pairwise score must reach for them to merge. GVA dev with
     * stemmed terms: 0.5 0.930, 0.6 0.934, 0.7 0.935, 0.8 0.937, 0.9 0.935, 1.0 0.934.
     */
    static final double MERGE_RATIO = 0.8;
    /** Terms in more than this share of the articles carry no identity ("police", "shot") and are skipped. */
    static final double MAX_DOC_FREQUENCY = 0.05;
    /** Below this many articles document frequencies mean little, so no term is skipped for being common. */
    static final int MIN_CORPUS_FOR_CUT = 200;
    /** A term shared by more articles than this is not worth enumerating pairs for. */
    static final int MAX_POSTINGS = 200;
    /**
     * No incident's reports are published further apart than this: a group spanning years is two events
     * sharing words (two accidental shootings of children), not one. A pair that shares a full name no third
     * article has (the victim's, the suspect's) may still join its groups: a trial is often more than a year on.
     */
    static final long MAX_SPAN_DAYS = 365;
    /** The score of a must-link pair: above any cosine, so it merges first and unconditionally. */
    private static final double FORCED = 2.0;
    private static final double MIN_SCORE = 0.01;

    /**
     * What a pair of reports loses when they date their event apart or place it far apart: half the threshold,
     * enough to keep a pair of middling cosine apart (on GVA dev 0.03 to 0.10 all give B-cubed 0.920-0.922).
     */
    static final double CONFLICT_PENALTY = 0.06;
    /**
     * What a pair gains when both date their event and a day of one is within {@link #DAY_SLACK} of a day of the
     * other (GVA dev 0.927 -> 0.929 at 0.02 to 0.05; a like gain for places near each other cost precision:
     * one city's shootings are all near).
     */
    static final double SAME_DAY_BONUS = 0.03;
    /**
     * What two reports of one outlet lose: an outlet writes about every shooting in its city, in its own words
     * (its neighbourhoods, its reporters, its station's phrases), so the words it shares with itself say less
     * about the event than the same words shared by two outlets. On GVA dev a pair of middling score was one
     * event in 0.20-0.58 of same-outlet pairs against 0.47-0.74 of others; B-cubed F1 0.937 -> 0.940 at 0.06
     * (0.02 0.938, 0.04 0.939, 0.08 0.940).
     */
    static final double SAME_OUTLET_PENALTY = 0.06;
    /**
     * Event days this far apart or nearer are one: a shooting late at night is "Saturday" in one report and
     * "early Sunday" in another (0 days: GVA dev 0.899 as a bar, against 0.909 for 1 day).
     */
    static final int DAY_SLACK = 1;
    /**
     * Towns further apart than this are two places. The distance leaves room for a town and its county seat, or
     * the suburb of the metro that another report names.
     */
    static final double MAX_PLACE_KM = 80;
    /**
     * A full name ("Dana Okafor") in at most this many articles is most often one person's: a victim's or a
     * suspect's, which a follow-up weeks later repeats (a spokesman or a street is named in more). GVA dev with
     * the span exemption and the same-day gain: 0.929 at 2, 0.931 at 3, 0.930 at 4, 0.929 at 5.
     */
    static final int RARE_NAME_ARTICLES = 3;
    /**
     * The share of the publication-gap penalty ({@link #datePenalty}) a pair pays when it shares such a name:
     * GVA dev B-cubed F1 0.923 -> 0.925 on a fresh ingest (P 0.958 -> 0.956, R 0.890 -> 0.897); relinking an
     * older store, no penalty at all gave 0.926 at P 0.950, names in up to 3 or 5 articles 0.925 and 0.924.
     */
    static final double NAMED_LATE_SHARE = 0.5;

    /**
     * One article as the clustering sees it: its words, the towns and districts its claims are placed in, the
     * days its claims date their event to, whether it is a round-up, and its outlet (null when unknown).
     */
    record Doc(String id, LocalDate published, List<String> words, List<Point> places, List<LocalDate> days,
               boolean roundUp, String outlet) {
        Doc {
            places = List.copyOf(places);
            days = List.copyOf(days);
        }

        Doc(String id, LocalDate published, List<String> words, List<Point> places, List<LocalDate> days,
            boolean roundUp) {
            this(id, published, words, places, days, roundUp, null);
        }

        Doc(String id, LocalDate published, List<String> words, List<Point> places, List<LocalDate> days) {
            this(id, published, words, places, days, false);
        }

        Doc(String id, LocalDate published, List<String> words) {
            this(id, published, words, List.of(), List.of());
        }
    }

    /**
     * A told place: its name as written (lower case) and its point in degrees. Two places of one name are near
     * whatever their points: the gazetteer may read "Chelsea" as London's in one report and as Massachusetts'
     * in another of the same story.
     */
    record Point(String name, double lat, double lon) {
        boolean near(Point o) {
            return name.equals(o.name) || km(o) <= MAX_PLACE_KM;
        }

        /** Great-circle distance (haversine). */
        double km(Point o) {
            double p1 = Math.toRadians(lat);
            double p2 = Math.toRadians(o.lat);
            double dl = Math.toRadians(o.lon - lon);
            double h = Math.pow(Math.sin((p2 - p1) / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
            return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
        }
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
        Set<Long> named = new HashSet<>();
        Map<Long, Double> scores = scores(docs, vectors(docs), named);
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
                    || meanScore(a, b, scores, docs) >= THRESHOLD * MERGE_RATIO
                    && (daysSpanned(docs, a, b) <= MAX_SPAN_DAYS || named.contains(e.getKey()))) {
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

    /**
     * What a pair loses for dating its event apart and for placing it far apart ({@link #CONFLICT_PENALTY} each),
     * less {@link #SAME_DAY_BONUS} when both date it to one day: negative for a pair that agrees on its day.
     */
    static double dayAndPlaceCost(Doc a, Doc b) {
        boolean dated = !a.days().isEmpty() && !b.days().isEmpty();
        double day = !dated ? 0 : otherDays(a, b) ? CONFLICT_PENALTY : -SAME_DAY_BONUS;
        return day + (farApart(a, b) ? CONFLICT_PENALTY : 0);
    }

    /** Both date their event, and no day of one is within {@link #DAY_SLACK} of a day of the other. */
    static boolean otherDays(Doc a, Doc b) {
        for (LocalDate p : a.days()) {
            for (LocalDate q : b.days()) {
                if (Math.abs(ChronoUnit.DAYS.between(p, q)) <= DAY_SLACK) {
                    return false;
                }
            }
        }
        return !a.days().isEmpty() && !b.days().isEmpty();
    }

    /**
     * Both tell places, and none of one is near one of the other. Any near pair clears it, so a report that also
     * names the suspect's home town or the hospital's city is not set apart from its incident.
     */
    static boolean farApart(Doc a, Doc b) {
        for (Point p : a.places()) {
            for (Point q : b.places()) {
                if (p.near(q)) {
                    return false;
                }
            }
        }
        return !a.places().isEmpty() && !b.places().isEmpty();
    }

    /** Both name their outlet, and it is the same one. */
    static boolean sameOutlet(Doc a, Doc b) {
        return a.outlet() != null && a.outlet().equals(b.outlet());
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

    /**
     * The mean score between two groups' members; round-ups left out where both groups hold a report of one
     * event: a round-up of a weekend's shootings shares words with each of them, which is no evidence that two
     * of them are one.
     */
    private static double meanScore(List<Integer> a, List<Integer> b, Map<Long, Double> scores, List<Doc> docs) {
        List<Integer> ownA = a.stream().filter(i -> !docs.get(i).roundUp()).toList();
        List<Integer> ownB = b.stream().filter(i -> !docs.get(i).roundUp()).toList();
        if (!ownA.isEmpty() && !ownB.isEmpty()) {
            a = ownA;
            b = ownB;
        }
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
     * start a merge and barely move a group mean. The kept pairs that share a full name in at most
     * {@link #RARE_NAME_ARTICLES} articles are added to {@code named} (they may pass {@link #MAX_SPAN_DAYS}).
     */
    private static Map<Long, Double> scores(List<Doc> docs, List<Map<String, Double>> vectors, Set<Long> named) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (String w : vectors.get(i).keySet()) {
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Double> scores = new HashMap<>();
        double[] dot = new double[vectors.size()];
        boolean[] sameName = new boolean[vectors.size()];
        List<Integer> touched = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (Map.Entry<String, Double> term : vectors.get(i).entrySet()) {
                List<Integer> list = postings.get(term.getKey());
                if (list.size() > MAX_POSTINGS) {
                    continue;
                }
                boolean rareName = Words.isName(term.getKey()) && list.size() <= RARE_NAME_ARTICLES;
                for (int j : list) {
                    if (j > i) {
                        if (dot[j] == 0) {
                            touched.add(j);
                        }
                        dot[j] += term.getValue() * vectors.get(j).get(term.getKey());
                        sameName[j] |= rareName;
                    }
                }
            }
            for (int j : touched) {
                // a follow-up weeks later that names the same victim or suspect is the same event, told late
                double late = datePenalty(docs.get(i).published(), docs.get(j).published()) * (sameName[j] ? NAMED_LATE_SHARE : 1);
                double score = dot[j] - late - dayAndPlaceCost(docs.get(i), docs.get(j))
                        - (sameOutlet(docs.get(i), docs.get(j)) ? SAME_OUTLET_PENALTY : 0);
                if (score >= MIN_SCORE) {
                    scores.put(pair(i, j), score);
                    if (sameName[j]) {
                        named.add(pair(i, j));
                    }
                }
                dot[j] = 0;
                sameName[j] = false;
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
