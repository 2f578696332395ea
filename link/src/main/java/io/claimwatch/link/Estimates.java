package io.claimwatch.link;

import io.claimwatch.model.EventType;
import io.claimwatch.model.Qualifier;
import io.claimwatch.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Best, low and high per event type from an incident's stated figures (one per report: syndicated copies
 * are already folded into the earliest).
 *
 * <ol>
 * <li>Each source counts with its latest figure: a toll a source has since revised is no longer its
 *     estimate ("12 killed" on Sunday, "15" on Tuesday from the same governor: 15).</li>
 * <li>best: among figures neither dated earlier by their own report ("had earlier put") nor put in doubt
 *     (hedged, unacknowledged, denied), where there are any, the latest figure of a source other than the
 *     outlet itself (officials, agencies, witnesses:
 *     tolls are revised upwards as bodies are found, so the later official toll wins); only when every figure
 *     is the outlet's own, the latest of those. Figures of the same day: the lower (the conservative reading
 *     UCDP's best takes).</li>
 * <li>low: the smallest lower bound among the sources' latest figures ("at least 12": 12).</li>
 * <li>high: the largest upper bound among them, where an open bound ("at least 17", "more than 30")
 *     contributes its stated figure and marks the high open.</li>
 * </ol>
 */
final class Estimates {
    private Estimates() {
    }

    static List<Estimate> of(Map<EventType, List<SourceFigure>> stated) {
        List<Estimate> out = new ArrayList<>();
        Map<EventType, List<SourceFigure>> byType = new EnumMap<>(EventType.class);  // killed first, as shown
        byType.putAll(stated);
        byType.forEach((type, figures) -> {
            Map<String, SourceFigure> latest = new LinkedHashMap<>();
            for (SourceFigure f : figures) {
                latest.merge(SourceNames.key(f.source()), f, (a, b) -> LATER.compare(a, b) >= 0 ? a : b);
            }
            if (latest.isEmpty()) {
                return;
            }
            List<SourceFigure> weighed = new ArrayList<>(latest.values());
            List<SourceFigure> attributed = weighed.stream().filter(f -> !isOutletOwn(f)).toList();
            List<SourceFigure> candidates = attributed.isEmpty() ? weighed : attributed;
            // a figure the report dates before itself, or one its own report puts in doubt ("declined to
            // confirm that figure"), is no best while another stands
            List<SourceFigure> standing = candidates.stream().filter(f -> !f.earlier() && STANDING.contains(f.status()))
                    .toList();
            SourceFigure best = (standing.isEmpty() ? candidates : standing).stream()
                    .max(Comparator.comparing(SourceFigure::published, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                            .thenComparing(f -> -f.quantity().value()))
                    .orElseThrow();
            SourceFigure low = weighed.stream().min(Comparator.comparingLong(Estimates::lower)).orElseThrow();
            SourceFigure high = weighed.stream().max(Comparator.comparingLong(Estimates::upper)).orElseThrow();
            long b = Math.max(lower(low), Math.min(upper(high), best.quantity().value()));
            out.add(new Estimate(type, b, lower(low), upper(high), isOpenAbove(high), best, low, high,
                    weighed.stream().map(SourceFigure::source).distinct().toList()));
        });
        return out;
    }

    private static final Set<Status> STANDING = EnumSet.of(Status.ASSERTED, Status.REPORTED);

    /** Later publication first; on one day, the later position is not known, so the larger figure. */
    private static final Comparator<SourceFigure> LATER = Comparator
            .comparing(SourceFigure::published, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparingLong(f -> f.quantity().value());

    static boolean isOutletOwn(SourceFigure f) {
        return f.chain().size() == 1;
    }

    /** A figure's lower bound: its low, else its stated number. */
    static long lower(SourceFigure f) {
        return f.quantity().low() != null ? f.quantity().low() : f.quantity().value();
    }

    /** A figure's upper bound for an estimate's high: its high, else (an open bound) its stated number. */
    static long upper(SourceFigure f) {
        return Math.max(f.quantity().high() != null ? f.quantity().high() : f.quantity().value(), lower(f));
    }

    private static boolean isOpenAbove(SourceFigure f) {
        Qualifier q = f.quantity().qualifier();
        return f.quantity().high() == null && (q == Qualifier.AT_LEAST || q == Qualifier.MORE_THAN || q == Qualifier.VAGUE);
    }
}
