package io.claimwatch.corpus;

/**
 * Why a text cannot be an article: empty, only whitespace, or binary data. Every reader applies it, and so
 * does the Spark job to records that do not go through a reader (JSON Lines and Parquet rows).
 */
public final class TextCheck {
    private TextCheck() {
    }

    /** The reason, or null when the text can be an article. */
    public static String unusable(String text) {
        if (text.isBlank()) {
            return text.isEmpty() ? "empty" : "only whitespace";
        }
        long control = text.chars().filter(c -> c < 32 && c != '\n' && c != '\r' && c != '\t').count();
        if (control > 0 && control * 100 > text.length()) {
            return "binary data, not text";
        }
        return null;
    }
}
