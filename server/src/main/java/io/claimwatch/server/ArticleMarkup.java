package io.claimwatch.server;

import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.Evidence;
import io.claimwatch.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cuts a text into runs for highlighting: each run is covered by the same claim parts, so the page writes
 * flat, non-nested elements even where claims overlap. Runs hold plain text; the template escapes it.
 *
 * <p>Claim spans count Unicode code points (docs/FORMAT.md) while Java and JavaScript strings index UTF-16
 * units: the conversion happens here, once, so an emoji before a claim does not shift its highlight.
 */
final class ArticleMarkup {
    /** The parts of a claim that get a colour, in order of precedence; {@code claim} is its whole sentence. */
    static final List<String> PARTS = List.of("figure", "event", "subject", "source", "cue", "hedge", "claim");

    /** A piece of text and the parts and claims covering it ({@code parts} empty: plain text). */
    record Run(String text, List<String> parts, List<String> claims) {
        public boolean marked() {
            return !parts.isEmpty();
        }

        /** CSS classes: {@code hl} and one {@code hl-PART} per part. */
        public String classes() {
            return "hl" + parts.stream().map(p -> " hl-" + p).reduce("", String::concat);
        }

        public String claimIds() {
            return String.join(" ", claims);
        }
    }

    private record Mark(int start, int end, String part, String claim) {
    }

    private ArticleMarkup() {
    }

    /**
     * Runs of {@code text}, which stands at code point {@code offset} of the article (0 for the whole article,
     * the claim's start for its sentence); parts of {@code claims} outside the text are clipped.
     * {@code sentences}: whether each claim's whole span is a part ({@code claim}), so that it can be hovered.
     */
    static List<Run> runs(String text, int offset, List<Claim> claims, boolean sentences) {
        int[] utf16 = utf16Index(text);
        int length = utf16.length - 1;
        List<Mark> marks = new ArrayList<>();
        for (Claim c : claims) {
            if (sentences) {
                add(marks, c.span(), "claim", c, offset, length);
            }
            add(marks, c.quantity() == null ? null : c.quantity().span(), "figure", c, offset, length);
            add(marks, c.event().trigger() == null ? null : c.event().trigger().span(), "event", c, offset, length);
            add(marks, c.subject() == null ? null : c.subject().span(), "subject", c, offset, length);
            for (Attribution a : c.attribution()) {
                add(marks, a.span(), "source", c, offset, length);
                add(marks, a.cueSpan(), "cue", c, offset, length);
            }
            for (Evidence h : c.hedges()) {
                add(marks, h.span(), "hedge", c, offset, length);
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        marks.forEach(m -> {
            cuts.add(m.start());
            cuts.add(m.end());
        });
        List<Run> runs = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            Set<String> parts = new TreeSet<>((a, b) -> PARTS.indexOf(a) - PARTS.indexOf(b));
            Set<String> ids = new LinkedHashSet<>();
            for (Mark m : marks) {
                if (m.start() <= from && to <= m.end()) {
                    parts.add(m.part());
                    ids.add(m.claim());
                }
            }
            runs.add(new Run(text.substring(utf16[from], utf16[to]), List.copyOf(parts), List.copyOf(ids)));
        }
        return runs;
    }

    private static void add(List<Mark> marks, Span span, String part, Claim claim, int offset, int length) {
        if (span == null) {
            return;
        }
        int start = Math.max(0, Math.min(length, span.start() - offset));
        int end = Math.max(0, Math.min(length, span.end() - offset));
        if (start < end) {
            marks.add(new Mark(start, end, part, claim.id()));
        }
    }

    /** {@code index[i]} is the UTF-16 index of code point {@code i}; the last entry is the text's length. */
    private static int[] utf16Index(String text) {
        int[] index = new int[text.codePointCount(0, text.length()) + 1];
        int i = 0;
        for (int at = 0; at < text.length(); at = text.offsetByCodePoints(at, 1)) {
            index[i++] = at;
        }
        index[i] = text.length();
        return index;
    }
}
