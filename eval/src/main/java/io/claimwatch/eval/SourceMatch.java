package io.claimwatch.eval;

import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a lead figure's primary source (its first attribution element) is the party UCDP took the figure
 * from ({@code source_original}), as score_ucdp_ukraine.py decides it: Jaccard similarity of normalised tokens
 * (lower case, "'s" dropped, letters and digits, stopwords out) at least {@link #JACCARD_MIN} against the whole
 * of source_original or any of its comma / semicolon / line / " and " separated parts, for the source or its
 * mention, whichever is closer.
 */
public final class SourceMatch {
    public static final double JACCARD_MIN = 0.5;
    private static final Set<String> STOP = Set.of("the", "of", "a", "an", "and", "in", "on", "for", "to", "at",
            "by", "from", "s", "said", "says", "according");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");
    private static final Pattern PART = Pattern.compile("[;,\\n]| and ");

    /**
     * Lead figures (articles with one) and how many have a source; killed figures of the gold articles and how
     * many have one; articles with a lead figure and a source_original, how many of those have a source, and how
     * many match.
     */
    public record Score(int leads, int attributedLeads, int figures, int attributedFigures, int named,
                        int namedAttributed, int hits) {
        public double attributedShare() {
            return share(attributedLeads, leads);
        }

        public double matchShare() {
            return share(hits, named);
        }

        /** The tail score_ucdp_ukraine.py appends to the summary line. */
        String summaryTail() {
            return "; source match " + Decimals.fixed(matchShare(), 3) + " (" + named + "), attributed "
                    + Decimals.fixed(attributedShare(), 3);
        }

        static double share(int part, int whole) {
            return whole == 0 ? 0.0 : (double) part / whole;
        }
    }

    private SourceMatch() {
    }

    static Score score(List<KilledFigures.Gold> gold, KilledFigures.Figures system) {
        int leads = 0;
        int attributedLeads = 0;
        int figures = 0;
        int attributedFigures = 0;
        int named = 0;
        int namedAttributed = 0;
        int hits = 0;
        for (KilledFigures.Gold g : gold) {
            for (Claim c : system.claims(g.docId())) {
                figures++;
                attributedFigures += c.primarySource() != null ? 1 : 0;
            }
            Claim lead = system.lead(g.docId());
            if (lead == null) {
                continue;
            }
            leads++;
            Attribution p = lead.primarySource();
            attributedLeads += p != null ? 1 : 0;
            if (g.sourceOriginal() == null || g.sourceOriginal().isEmpty()) {
                continue;
            }
            named++;
            if (p != null) {
                namedAttributed++;
                hits += matches(p, g.sourceOriginal()) ? 1 : 0;
            }
        }
        return new Score(leads, attributedLeads, figures, attributedFigures, named, namedAttributed, hits);
    }

    /** True when the source or its mention is close enough to source_original or one of its parts. */
    public static boolean matches(Attribution primary, String sourceOriginal) {
        return Math.max(bestMatch(primary.source(), sourceOriginal), bestMatch(primary.mention(), sourceOriginal))
                >= JACCARD_MIN;
    }

    static double bestMatch(String source, String sourceOriginal) {
        List<String> parts = new ArrayList<>();
        parts.add(sourceOriginal);
        for (String p : PART.split(sourceOriginal, -1)) {
            if (!p.strip().isEmpty()) {
                parts.add(p.strip());
            }
        }
        return parts.stream().mapToDouble(p -> jaccard(source, p)).max().orElse(0.0);
    }

    static double jaccard(String a, String b) {
        Set<String> x = tokens(a);
        Set<String> y = tokens(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0.0;
        }
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    static Set<String> tokens(String s) {
        Set<String> tokens = new HashSet<>();
        Matcher m = TOKEN.matcher((s == null ? "" : s).toLowerCase(Locale.ROOT).replace("'s", " "));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                tokens.add(m.group());
            }
        }
        return tokens;
    }
}
