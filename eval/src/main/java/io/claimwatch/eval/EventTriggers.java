package io.claimwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.model.Claim;
import io.claimwatch.model.Evidence;
import io.claimwatch.model.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Event types (and victims / agents) of claims against gold event triggers (WikiEvents, RAMS), as defined by
 * ../shared/eval/score/score_events.py.
 *
 * <p>A claim of type T matches a gold trigger of type T when its event trigger span overlaps it, in the same
 * article; claims count once per (article, trigger span, type); statements (no trigger) and types the gold does
 * not map (missing, displaced) are not scored. "Same sentence" is more lenient: the claim's trigger anywhere in
 * the sentence of a gold T trigger. RAMS annotates one event per example ({@code rams_type}): recall only.
 */
public final class EventTriggers {
    /** The types scored, in report order. */
    public static final List<String> TYPES = List.of("killed", "injured", "attacked", "captured", "deployed");
    /** The types of the micro average. */
    public static final List<String> CORE = List.of("killed", "injured", "attacked", "captured");
    private static final Map<String, Set<String>> AGENT = Map.of("killed", Set.of("killer"), "injured",
            Set.of("injurer"), "attacked", Set.of("attacker"));

    /** One argument of a gold event; {@code corefSpans}: every mention of its entity (its span where the corpus has none). */
    public record Argument(String role, String text, Span span, List<Span> corefSpans) {
    }

    /**
     * One gold event mention: {@code type} null when the corpus type maps to none of ours, {@code corpusType} the
     * KAIROS or RAMS type, {@code sentence} the sentence index as written.
     */
    public record Gold(String docId, String type, String corpusType, Span trigger, String sentence,
                       Span sentenceSpan, List<Argument> arguments) {
    }

    /** One predicted unit: an article, a trigger span and a type, with the claims that give it. */
    public record Unit(String docId, Span trigger, String type) {
    }

    /** Counts of one type: gold triggers, units, matched both ways, and the same-sentence matches. */
    public record TypeScore(String type, int gold, int predicted, int truePredicted, int trueGold,
                            int sameSentencePredicted, int sameSentenceGold) {
        public Prf strict() {
            return Prf.of(truePredicted, predicted, trueGold, gold);
        }

        public Prf sameSentence() {
            return Prf.of(sameSentencePredicted, predicted, sameSentenceGold, gold);
        }
    }

    /** Precision, recall and F1 (0 where undefined, as the reference scorer has it). */
    public record Prf(double p, double r, double f1) {
        static Prf of(int tpP, int nP, int tpR, int nR) {
            double p = nP == 0 ? 0.0 : (double) tpP / nP;
            double r = nR == 0 ? 0.0 : (double) tpR / nR;
            return new Prf(p, r, p + r == 0 ? 0.0 : 2 * p * r / (p + r));
        }
    }

    /** A count keyed by two labels (claim type / gold type there, or argument / outcome), in first-seen order. */
    public record Tally(String first, String second, int n) {
    }

    /** A claim with no gold trigger of its type; {@code other}: the corpus type of the gold trigger there, or "no gold trigger". */
    public record Unmatched(Unit unit, String other) {
    }

    /** A missed gold trigger and the claim types on it (empty: no claim on the trigger). */
    public record Missed(Gold gold, List<String> others) {
    }

    /** A matched killed/injured/attacked event whose subject or actor is not the gold one. */
    public record ArgumentError(Gold gold, String what, List<String> got, List<String> want) {
    }

    /** One argument outcome row: type, argument ("subject vs Victim", "actor vs agent"), outcome, count. */
    public record ArgumentRow(String type, String what, String outcome, int n) {
    }

    public record Report(boolean recallOnly, int articles, List<TypeScore> types, Map<String, Integer> notScored,
                         List<Tally> unmatchedWhere, List<Tally> missedWhere, List<ArgumentRow> arguments,
                         List<Unmatched> unmatched, List<Missed> missed, List<ArgumentError> argumentErrors) {
        public Prf micro() {
            return Prf.of(sum(TypeScore::truePredicted), sum(TypeScore::predicted), sum(TypeScore::trueGold),
                    sum(TypeScore::gold));
        }

        public Prf microSameSentence() {
            return Prf.of(sum(TypeScore::sameSentencePredicted), sum(TypeScore::predicted),
                    sum(TypeScore::sameSentenceGold), sum(TypeScore::gold));
        }

        public int goldTriggers() {
            return sum(TypeScore::gold);
        }

        private int sum(java.util.function.ToIntFunction<TypeScore> f) {
            return types.stream().filter(t -> CORE.contains(t.type())).mapToInt(f).sum();
        }

        /** The reference scorer's summary line, character for character. */
        public String summary() {
            Prf m = micro();
            Prf s = microSameSentence();
            if (recallOnly) {
                return "events: R " + Decimals.fixed(m.r(), 3) + " (same sentence " + Decimals.fixed(s.r(), 3)
                        + ") over " + goldTriggers() + " gold triggers of " + articles
                        + " articles (recall only: one event annotated per example)";
            }
            return "events: micro P " + Decimals.fixed(m.p(), 3) + " R " + Decimals.fixed(m.r(), 3) + " F1 "
                    + Decimals.fixed(m.f1(), 3) + " (killed/injured/attacked/captured; same sentence: P "
                    + Decimals.fixed(s.p(), 3) + " R " + Decimals.fixed(s.r(), 3) + " F1 " + Decimals.fixed(s.f1(), 3)
                    + ") over " + goldTriggers() + " gold triggers of " + articles + " articles";
        }
    }

    private EventTriggers() {
    }

    /** The gold lines of a gold.jsonl file, in file order. */
    public static List<Gold> readGold(Path file) throws IOException {
        List<Gold> gold = new ArrayList<>();
        for (JsonNode n : Jsonl.read(file)) {
            List<Argument> args = new ArrayList<>();
            for (JsonNode a : n.path("arguments")) {
                Span span = Jsonl.span(a.get("span"));
                args.add(new Argument(a.path("role").asText(), Jsonl.text(a, "text"), span,
                        a.has("coref_spans") ? Jsonl.spans(a.get("coref_spans")) : List.of(span)));
            }
            String corpusType = n.has("kairos_type") ? Jsonl.text(n, "kairos_type") : Jsonl.text(n, "rams_type");
            JsonNode sentence = n.get("sentence");
            gold.add(new Gold(n.path("doc_id").asText(), Jsonl.text(n, "type"), corpusType,
                    Jsonl.span(n.path("trigger").get("span")), sentence == null ? null : sentence.toString(),
                    Jsonl.span(n.get("sentence_span")), args));
        }
        return gold;
    }

    /** True when the gold is RAMS' (a {@code rams_type} on some line): recall only. */
    public static boolean recallOnly(Path goldFile) throws IOException {
        return Jsonl.read(goldFile).stream().anyMatch(n -> n.has("rams_type"));
    }

    /** Scores {@code claims} on the gold of the articles in {@code scope} (claims of other articles are ignored). */
    public static Report score(List<Gold> goldAll, boolean recallOnly, Set<String> scope, Collection<Claim> claims) {
        List<Gold> gold = goldAll.stream().filter(g -> scope.contains(g.docId())).toList();
        Map<String, List<Gold>> gdocs = new LinkedHashMap<>();
        gold.forEach(g -> gdocs.computeIfAbsent(g.docId(), k -> new ArrayList<>()).add(g));
        Map<Unit, List<Claim>> units = new LinkedHashMap<>();
        Map<String, Integer> notScored = new TreeMap<>();
        for (Claim c : claims) {
            if (!scope.contains(c.article().id())) {
                continue;
            }
            String t = c.event().type().id();
            Evidence trigger = c.event().trigger();
            if (!TYPES.contains(t) || trigger == null) {
                notScored.merge(t, 1, Integer::sum);
                continue;
            }
            units.computeIfAbsent(new Unit(c.article().id(), trigger.span(), t), k -> new ArrayList<>()).add(c);
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        TYPES.forEach(t -> counts.put(t, new int[6]));
        Map<List<String>, Integer> fpWhere = new LinkedHashMap<>();
        Map<List<String>, Integer> fnWhere = new LinkedHashMap<>();
        List<Unmatched> unmatched = new ArrayList<>();
        List<Missed> missed = new ArrayList<>();
        // gold mention (by its index in gold) -> the first unit that matched it, in unit order
        Map<Integer, List<Claim>> matched = new LinkedHashMap<>();
        Map<Gold, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            index.put(gold.get(i), i);
        }
        for (Map.Entry<Unit, List<Claim>> e : units.entrySet()) {
            Unit u = e.getKey();
            counts.get(u.type())[1]++;
            List<Gold> hits = gdocs.getOrDefault(u.docId(), List.of()).stream()
                    .filter(g -> overlaps(u.trigger(), g.trigger())).toList();
            List<Gold> same = hits.stream().filter(g -> u.type().equals(g.type())).toList();
            if (!same.isEmpty()) {
                counts.get(u.type())[2]++;
                same.forEach(g -> matched.putIfAbsent(index.get(g), e.getValue()));
            } else {
                String other = hits.isEmpty() ? "no gold trigger" : hits.get(0).corpusType();
                fpWhere.merge(List.of(u.type(), String.valueOf(other)), 1, Integer::sum);
                unmatched.add(new Unmatched(u, other));
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            if (g.type() == null || !TYPES.contains(g.type())) {
                continue;
            }
            counts.get(g.type())[0]++;
            if (matched.containsKey(i)) {
                counts.get(g.type())[3]++;
            } else {
                List<String> others = new ArrayList<>(units.keySet().stream()
                        .filter(u -> u.docId().equals(g.docId()) && overlaps(u.trigger(), g.trigger()))
                        .map(Unit::type).collect(Collectors.toCollection(TreeSet::new)));
                fnWhere.merge(List.of(g.type(), others.isEmpty() ? "no claim on trigger" : String.join("/", others)),
                        1, Integer::sum);
                missed.add(new Missed(g, others));
            }
        }
        for (Unit u : units.keySet()) {
            if (gdocs.getOrDefault(u.docId(), List.of()).stream()
                    .anyMatch(g -> u.type().equals(g.type()) && overlaps(u.trigger(), g.sentenceSpan()))) {
                counts.get(u.type())[4]++;
            }
        }
        for (Gold g : gold) {
            if (g.type() != null && TYPES.contains(g.type()) && units.keySet().stream()
                    .anyMatch(u -> u.docId().equals(g.docId()) && u.type().equals(g.type())
                            && overlaps(u.trigger(), g.sentenceSpan()))) {
                counts.get(g.type())[5]++;
            }
        }
        List<TypeScore> types = TYPES.stream().map(t -> {
            int[] c = counts.get(t);
            return new TypeScore(t, c[0], c[1], c[2], c[3], c[4], c[5]);
        }).toList();
        List<ArgumentError> argumentErrors = new ArrayList<>();
        Map<List<String>, Integer> args = arguments(gold, gdocs, matched, argumentErrors);
        List<ArgumentRow> argumentRows = new ArrayList<>();
        for (String t : List.of("killed", "injured", "attacked")) {
            for (String what : List.of("subject vs Victim", "actor vs agent")) {
                byCount(args.entrySet().stream().filter(e -> e.getKey().get(0).equals(t)
                        && e.getKey().get(1).equals(what)).toList())
                        .forEach(e -> argumentRows.add(new ArgumentRow(t, what, e.getKey().get(2), e.getValue())));
            }
        }
        return new Report(recallOnly, scope.size(), types, notScored, tallies(fpWhere), tallies(fnWhere), argumentRows,
                unmatched, missed, argumentErrors);
    }

    /** The argument outcomes of the matched killed / injured / attacked events, keyed (type, argument, outcome). */
    private static Map<List<String>, Integer> arguments(List<Gold> gold, Map<String, List<Gold>> gdocs,
                                                        Map<Integer, List<Claim>> matched,
                                                        List<ArgumentError> errors) {
        Map<List<String>, Integer> arg = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<Claim>> e : matched.entrySet()) {
            Gold g = gold.get(e.getKey());
            List<Claim> cs = e.getValue();
            String t = g.type();
            if (!AGENT.containsKey(t)) {
                continue;
            }
            Map<String, List<Argument>> roles = new LinkedHashMap<>();
            g.arguments().forEach(x -> roles.computeIfAbsent(x.role().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(x));
            boolean casualty = t.equals("killed") || t.equals("injured");
            if (casualty) {
                List<Argument> vic = roles.getOrDefault("victim", List.of());
                String k;
                if (!vic.isEmpty()) {
                    List<Span> subs = cs.stream().map(c -> c.subject() == null ? null : c.subject().span()).toList();
                    boolean strict = subs.stream().anyMatch(s -> vic.stream().anyMatch(x -> overlaps(s, x.span())));
                    boolean coref = subs.stream().anyMatch(s -> vic.stream()
                            .anyMatch(x -> x.corefSpans().stream().anyMatch(sp -> overlaps(s, sp))));
                    boolean qty = cs.stream().anyMatch(c -> vic.stream().anyMatch(x -> c.quantity() != null
                            && overlaps(c.quantity().span(), x.span())));
                    k = strict ? "overlaps" : coref ? "coref mention" : qty ? "figure overlaps"
                            : subs.stream().allMatch(s -> s == null) ? "none" : "elsewhere";
                    if (k.equals("none") || k.equals("elsewhere")) {
                        errors.add(new ArgumentError(g, "subject", cs.stream().map(c -> c.subject() == null ? null
                                : c.subject().text()).toList(), vic.stream().map(Argument::text).toList()));
                    }
                } else {
                    k = "no gold victim";
                }
                arg.merge(List.of(t, "subject vs Victim", k), 1, Integer::sum);
            }
            List<Argument> agents = new ArrayList<>();
            AGENT.get(t).forEach(r -> agents.addAll(roles.getOrDefault(r, List.of())));
            if (casualty) {
                for (Gold o : gdocs.get(g.docId())) {
                    if ("attacked".equals(o.type()) && java.util.Objects.equals(o.sentence(), g.sentence())) {
                        o.arguments().stream().filter(x -> x.role().toLowerCase(Locale.ROOT).equals("attacker"))
                                .forEach(agents::add);
                    }
                }
            }
            List<Span> acts = cs.stream().map(c -> c.actor() == null ? null : c.actor().span()).toList();
            String k;
            if (!agents.isEmpty()) {
                boolean strict = acts.stream().anyMatch(s -> agents.stream().anyMatch(x -> overlaps(s, x.span())));
                boolean coref = acts.stream().anyMatch(s -> agents.stream()
                        .anyMatch(x -> x.corefSpans().stream().anyMatch(sp -> overlaps(s, sp))));
                k = strict ? "overlaps" : coref ? "coref mention"
                        : acts.stream().allMatch(s -> s == null) ? "none" : "elsewhere";
                if (k.equals("none") || k.equals("elsewhere")) {
                    errors.add(new ArgumentError(g, "actor", cs.stream().map(c -> c.actor() == null ? null
                            : c.actor().text()).toList(), agents.stream().map(Argument::text).toList()));
                }
            } else {
                k = acts.stream().anyMatch(s -> s != null) ? "no gold agent, actor given" : "no gold agent, no actor";
            }
            arg.merge(List.of(t, "actor vs agent", k), 1, Integer::sum);
        }
        return arg;
    }

    /** [start, end) overlap; false when either is missing. */
    static boolean overlaps(Span a, Span b) {
        return a != null && b != null && Math.min(a.end(), b.end()) > Math.max(a.start(), b.start());
    }

    /** Entries by descending count, ties in first-seen order (Python's stable sort). */
    private static <K> List<Map.Entry<K, Integer>> byCount(List<Map.Entry<K, Integer>> entries) {
        List<Map.Entry<K, Integer>> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        return sorted;
    }

    private static List<Tally> tallies(Map<List<String>, Integer> counts) {
        return byCount(new ArrayList<>(counts.entrySet())).stream()
                .map(e -> new Tally(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
    }
}
