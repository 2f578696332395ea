package io.claimwatch.eval;

import java.util.List;
import java.util.Locale;

/** Markdown tables, so that a run's output pastes into a report unchanged. */
final class Markdown {
    private Markdown() {
    }

    /** A table; {@code align} has one letter per column: l (left) or r (right, for numbers). */
    static String table(List<String> header, String align, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        row(b, header);
        b.append('|');
        for (int i = 0; i < header.size(); i++) {
            b.append(align.charAt(i) == 'r' ? "---:|" : ":---|");
        }
        b.append('\n');
        rows.forEach(r -> row(b, r));
        return b.toString();
    }

    /** Text made safe for one cell: no pipes or line breaks, at most {@code max} characters. */
    static String cell(String text, int max) {
        if (text == null) {
            return "-";
        }
        String flat = text.replace("|", "\\|").replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    /** Three decimals, "-" when undefined. */
    static String num(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        cells.forEach(c -> b.append(' ').append(c).append(" |"));
        b.append('\n');
    }
}
