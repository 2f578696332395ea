package io.claimwatch.eval;

import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The killed or injured figure that an incident's articles give for the incident itself.
 *
 * <p>Per article: news leads with its own incident and mentions others (earlier shootings, yearly tolls)
 * further down, so only the claims of the event type that carry a quantity are read, earliest first, and at
 * most the first {@link #MAX_CLAIMS} of them. The figure is the earliest such claim's value, raised to the
 * largest value among those that start in the lede (the first {@link #LEDE_CHARS} code points): a lede
 * often splits a toll ("one died at the scene, another in hospital" reads as two claims) and a later
 * claim in the lede is more often the total than another incident. No claim of the type: 0.
 *
 * <p>A claim whose text counts over several incidents ({@link #AGGREGATE}: "in separate shootings",
 * "gunfire wounded 26 people across the city", "so far this year") is a total, not the incident's figure, and
 * is not read.
 *
 * <p>Across the incident's articles: the largest figure, because later reports revise tolls upward
 * (a victim dies in hospital) while earlier ones stay online.
 */
public final class IncidentFigure {
    /** Claims starting before this code point are in the lede: the headline and about the first 3 sentences. */
    public static final int LEDE_CHARS = 600;
    /** Only the first claims of the type are read; later ones are too often about other incidents. */
    public static final int MAX_CLAIMS = 3;

    /** Words of a claim that counts over several incidents: a roundup's total, not one incident's figure. */
    public static final Pattern AGGREGATE = Pattern.compile(
            "\\b(shootings|separate|citywide|across the city|this year|so far)\\b", Pattern.CASE_INSENSITIVE);

    /** A figure and the claim (with its article) that decided it; {@code claim} is null for 0 with no claim. */
    public record Figure(long value, String docId, Claim claim) {
        public static final Figure NONE = new Figure(0, null, null);
    }

    private static final Comparator<Claim> BY_POSITION =
            Comparator.comparingInt((Claim c) -> c.span().start()).thenComparingInt(c -> c.span().end());

    private IncidentFigure() {
    }

    /** The figure one article gives for its own incident (see the class comment). */
    public static Figure ofArticle(String docId, List<Claim> claims, EventType type) {
        List<Claim> candidates = claims.stream()
                .filter(c -> c.event().type() == type && c.quantity() != null)
                .filter(c -> c.text() == null || !AGGREGATE.matcher(c.text()).find())
                .sorted(BY_POSITION)
                .limit(MAX_CLAIMS)
                .toList();
        if (candidates.isEmpty()) {
            return Figure.NONE;
        }
        Claim best = candidates.get(0);
        for (Claim c : candidates) {
            if (c.span().start() < LEDE_CHARS && c.quantity().value() > best.quantity().value()) {
                best = c;
            }
        }
        return new Figure(best.quantity().value(), docId, best);
    }

    /**
     * The largest figure over the incident's articles; ties go to the earlier article in {@code docIds}.
     * Articles absent from {@code claimsByDoc} count as having no claims.
     */
    public static Figure ofIncident(List<String> docIds, Map<String, List<Claim>> claimsByDoc, EventType type) {
        Figure best = Figure.NONE;
        for (String docId : docIds) {
            Figure f = ofArticle(docId, claimsByDoc.getOrDefault(docId, List.of()), type);
            if (f.claim() != null && (best.claim() == null || f.value() > best.value())) {
                best = f;
            }
        }
        return best;
    }
}
