package io.claimwatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Article-level killed figures on conflict news (fakes, ucdp_ukraine, acled, plover), as defined by
 * ../shared/eval/score/killed_figures.py.
 *
 * <p>A system's figures for an article are its claims of type killed with a quantity and a status other than
 * denied, in text order (claim span start, then quantity span start); a figure is the quantity's value. The
 * lead is the first figure (the headline figure), max the largest, any: gold is among them. An article without
 * a figure counts as 0. Articles with gold &gt; 0 are scored for accuracy and mean absolute error against the
 * nearest accepted count; articles with gold 0 for the share with a killed figure other than 0.
 */
public final class KilledFigures {
    /**
     * One gold line; {@code low}/{@code high} null where the corpus has no range, {@code sourceOriginal} null or
     * empty where it names no source.
     */
    public record Gold(String docId, long killed, List<Long> accept, List<String> tags, Long low, Long high,
                       String sourceOriginal) {
        public Gold {
            accept = List.copyOf(accept);
            tags = List.copyOf(tags);
        }

        /** Every count taken as right, killed first. */
        public List<Long> accepted() {
            return accept.isEmpty() ? List.of(killed) : accept;
        }

        boolean hasRange() {
            return low != null && high != null;
        }

        long absError(long predicted) {
            return accepted().stream().mapToLong(a -> Math.abs(predicted - a)).min().orElseThrow();
        }
    }

    /** One system's killed figures per article, in text order. */
    public static final class Figures {
        private static final Comparator<Claim> TEXT_ORDER = Comparator.comparingInt((Claim c) -> c.span().start())
                .thenComparingInt(c -> c.quantity().span().start());
        private final String name;
        private final Map<String, List<Claim>> byDoc = new LinkedHashMap<>();

        /** The killed figures among {@code claims} (any article, any type). */
        public Figures(String name, Collection<Claim> claims) {
            this.name = name;
            for (Claim c : claims) {
                if (c.event().type() == EventType.KILLED && c.quantity() != null && c.status() != Status.DENIED) {
                    byDoc.computeIfAbsent(c.article().id(), k -> new ArrayList<>()).add(c);
                }
            }
            byDoc.values().forEach(cs -> cs.sort(TEXT_ORDER));
        }

        public String name() {
            return name;
        }

        public List<Claim> claims(String docId) {
            return byDoc.getOrDefault(docId, List.of());
        }

        public List<Long> values(String docId) {
            return claims(docId).stream().map(c -> c.quantity().value()).toList();
        }

        /** The lead claim, or null when the article has no figure. */
        public Claim lead(String docId) {
            List<Claim> cs = claims(docId);
            return cs.isEmpty() ? null : cs.get(0);
        }
    }

    /**
     * One system on the gold &gt; 0 articles: shares of articles (lead, max or any figure accepted; with a
     * figure; lead / max within [low, high], NaN without ranges) and absolute errors.
     */
    public record Rates(int n, double lead, double max, double any, double maeLead, double medianAeLead,
                        double maeMax, double covered, double leadInRange, double maxInRange) {
        static final Rates NONE = new Rates(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Gold-0 articles with a killed figure other than 0. */
    public record FalsePositives(int fp, int n) {
        static final FalsePositives NONE = new FalsePositives(0, 0);

        public double rate() {
            return n == 0 ? 0.0 : (double) fp / n;
        }
    }

    /** Always answering the commonest gold count of the gold &gt; 0 articles (a tie: the one met first). */
    public record Majority(long count, double accuracy, double mae) {
    }

    /** The scores of one system. */
    public record SystemScore(String name, Rates rates, FalsePositives falsePositives) {
    }

    /** One gold tag: lead accuracy per system on its gold &gt; 0 articles, false-positive rate on its gold-0 ones. */
    public record TagScore(String tag, int nPositive, List<Double> lead, int nZero, List<Double> falsePositive) {
        public TagScore {
            lead = List.copyOf(lead);
            falsePositive = List.copyOf(falsePositive);
        }
    }

    /** What decided a wrong article, by class. */
    public enum ErrorClass {
        NO_FIGURE("no figure found"),
        LEAD_WRONG("lead wrong, gold among the figures"),
        WRONG_VALUE("wrong value (gold not among the figures)"),
        GOLD_ZERO_FIGURE("gold 0, a killed figure found");

        private final String label;

        ErrorClass(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One wrong article: its gold, the figures found, the lead claim (null: none) and the first giving gold (or null). */
    public record ErrorRecord(ErrorClass kind, Gold gold, List<Long> figures, Claim lead, Claim goldClaim) {
        public ErrorRecord {
            figures = List.copyOf(figures);
        }
    }

    /**
     * Everything a run prints: {@code systems} are claimwatch then the naive regex baseline; {@code majority}
     * null without gold &gt; 0 articles; {@code tags} empty unless the gold has two or more tags; {@code sources}
     * null unless the corpus names sources (UCDP).
     */
    public record Report(String dataset, int articles, int positive, int zero, boolean withRange,
                         List<SystemScore> systems, Majority majority, List<TagScore> tags,
                         SourceMatch.Score sources, List<ErrorRecord> errors) {
        public Report {
            systems = List.copyOf(systems);
            tags = List.copyOf(tags);
            errors = List.copyOf(errors);
        }

        /** The reference scorer's summary line, character for character. */
        public String summary() {
            SystemScore cw = systems.get(0);
            Rates s = cw.rates() == null ? Rates.NONE : cw.rates();
            StringBuilder b = new StringBuilder();
            b.append(dataset).append(": lead acc ").append(Decimals.fixed(s.lead(), 3))
                    .append(", max acc ").append(Decimals.fixed(s.max(), 3))
                    .append(", any ").append(Decimals.fixed(s.any(), 3))
                    .append(", MAE ").append(Decimals.fixed(s.maeLead(), 2))
                    .append(" (").append(s.n()).append(" articles with gold > 0); gold-0 FP ")
                    .append(Decimals.fixed(cw.falsePositives().rate(), 3))
                    .append(" (").append(cw.falsePositives().n()).append(")");
            if (withRange && s.n() > 0) {
                b.append("; lead in range ").append(Decimals.fixed(s.leadInRange(), 3));
            }
            if (systems.size() > 1 && systems.get(1).rates() != null) {
                b.append("; naive lead ").append(Decimals.fixed(systems.get(1).rates().lead(), 3));
            }
            if (majority != null) {
                b.append(", majority ").append(Decimals.fixed(majority.accuracy(), 3));
            }
            if (sources != null) {
                b.append(sources.summaryTail());
            }
            return b.toString();
        }
    }

    private KilledFigures() {
    }

    /** The gold lines of a gold.jsonl file, in file order. */
    public static List<Gold> readGold(Path file) throws IOException {
        List<Gold> gold = new ArrayList<>();
        for (JsonNode n : Jsonl.read(file)) {
            List<Long> accept = new ArrayList<>();
            n.path("accept").forEach(a -> accept.add(a.asLong()));
            List<String> tags = new ArrayList<>();
            n.path("tags").forEach(t -> tags.add(t.asText()));
            gold.add(new Gold(n.path("doc_id").asText(), n.path("killed").asLong(), accept, tags, number(n, "low"),
                    number(n, "high"), Jsonl.text(n, "source_original")));
        }
        return gold;
    }

    private static Long number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asLong();
    }

    /**
     * Scores {@code system} and {@code naive} (the baseline's claims; null to leave it out) on {@code gold};
     * {@code sources}: also score the lead figures' sources against source_original.
     */
    public static Report score(String dataset, List<Gold> gold, Figures system, Figures naive, boolean sources) {
        List<Figures> preds = naive == null ? List.of(system) : List.of(system, naive);
        List<Gold> pos = gold.stream().filter(g -> g.killed() > 0).toList();
        List<Gold> zero = gold.stream().filter(g -> g.killed() == 0).toList();
        boolean withRange = gold.stream().allMatch(Gold::hasRange);
        List<SystemScore> systems = preds.stream()
                .map(p -> new SystemScore(p.name(), rates(p, pos), zero.isEmpty() ? FalsePositives.NONE
                        : falsePositives(p, zero)))
                .toList();
        TreeSet<String> tagNames = new TreeSet<>();
        gold.forEach(g -> tagNames.addAll(g.tags()));
        List<TagScore> tags = new ArrayList<>();
        if (tagNames.size() > 1) {
            for (String t : tagNames) {
                List<Gold> tp = pos.stream().filter(g -> g.tags().contains(t)).toList();
                List<Gold> tz = zero.stream().filter(g -> g.tags().contains(t)).toList();
                tags.add(new TagScore(t, tp.size(), tp.isEmpty() ? List.of()
                        : preds.stream().map(p -> rates(p, tp).lead()).toList(), tz.size(), tz.isEmpty() ? List.of()
                        : preds.stream().map(p -> falsePositives(p, tz).rate()).toList()));
            }
        }
        return new Report(dataset, gold.size(), pos.size(), zero.size(), withRange, systems, majority(pos), tags,
                sources ? SourceMatch.score(gold, system) : null, errors(gold, system));
    }

    /** The metrics of one system on gold &gt; 0 articles; null when there are none. */
    static Rates rates(Figures p, List<Gold> golds) {
        int n = golds.size();
        if (n == 0) {
            return null;
        }
        int covered = 0;
        int lead = 0;
        int max = 0;
        int any = 0;
        int leadInRange = 0;
        int maxInRange = 0;
        long maeLead = 0;
        long maeMax = 0;
        List<Long> errs = new ArrayList<>();
        boolean ranged = false;
        for (Gold g : golds) {
            List<Long> acc = g.accepted();
            List<Long> figs = p.values(g.docId());
            long l = figs.isEmpty() ? 0 : figs.get(0);
            long m = figs.stream().mapToLong(Long::longValue).max().orElse(0);
            covered += figs.isEmpty() ? 0 : 1;
            lead += acc.contains(l) ? 1 : 0;
            max += acc.contains(m) ? 1 : 0;
            any += figs.stream().anyMatch(acc::contains) ? 1 : 0;
            maeLead += g.absError(l);
            errs.add(g.absError(l));
            maeMax += g.absError(m);
            if (g.hasRange()) {
                ranged = true;
                leadInRange += g.low() <= l && l <= g.high() ? 1 : 0;
                maxInRange += g.low() <= m && m <= g.high() ? 1 : 0;
            }
        }
        errs.sort(null);
        double median = (errs.get((n - 1) / 2) + errs.get(n / 2)) / 2.0;
        double d = n;
        return new Rates(n, lead / d, max / d, any / d, maeLead / d, median, maeMax / d, covered / d,
                ranged ? leadInRange / d : Double.NaN, ranged ? maxInRange / d : Double.NaN);
    }

    static FalsePositives falsePositives(Figures p, List<Gold> golds0) {
        int fp = (int) golds0.stream().filter(g -> p.values(g.docId()).stream().anyMatch(f -> f != 0)).count();
        return new FalsePositives(fp, golds0.size());
    }

    private static Majority majority(List<Gold> pos) {
        if (pos.isEmpty()) {
            return null;
        }
        Map<Long, Integer> counts = new LinkedHashMap<>();
        pos.forEach(g -> counts.merge(g.killed(), 1, Integer::sum));
        long best = pos.get(0).killed();
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        long m = best;
        double accuracy = pos.stream().filter(g -> g.accepted().contains(m)).count() / (double) pos.size();
        double mae = pos.stream().mapToLong(g -> g.absError(m)).sum() / (double) pos.size();
        return new Majority(m, accuracy, mae);
    }

    /** The wrong articles in gold order. */
    private static List<ErrorRecord> errors(List<Gold> gold, Figures system) {
        List<ErrorRecord> errors = new ArrayList<>();
        for (Gold g : gold) {
            List<Long> figs = system.values(g.docId());
            Claim lead = system.lead(g.docId());
            Claim goldClaim = system.claims(g.docId()).stream()
                    .filter(c -> g.accepted().contains(c.quantity().value())).findFirst().orElse(null);
            ErrorClass kind;
            if (g.killed() == 0) {
                kind = figs.stream().anyMatch(f -> f != 0) ? ErrorClass.GOLD_ZERO_FIGURE : null;
            } else if (figs.isEmpty()) {
                kind = ErrorClass.NO_FIGURE;
            } else if (g.accepted().contains(figs.get(0))) {
                kind = null;
            } else {
                kind = goldClaim != null ? ErrorClass.LEAD_WRONG : ErrorClass.WRONG_VALUE;
            }
            if (kind != null) {
                errors.add(new ErrorRecord(kind, g, figs, lead, goldClaim));
            }
        }
        return errors;
    }
}
