package io.claimwatch.spark;

import io.claimwatch.corpus.LanguageCheck;

/**
 * Why an article's text cannot go to the extractor, or null when it can: the checks of {@code claimwatch
 * extract} (empty, only whitespace, binary data, not English) plus a length limit, because at archive scale
 * a multi-megabyte "article" (a feed dump, a log) would hold up a task for minutes.
 */
final class ArticleCheck {
    private ArticleCheck() {
    }

    static String unusable(String text, int maxChars) {
        if (text == null) {
            return "no \"text\"";
        }
        if (text.isBlank()) {
            return text.isEmpty() ? "empty" : "only whitespace";
        }
        if (text.length() > maxChars) {
            return "too long: " + text.length() + " characters (limit " + maxChars + ")";
        }
        long control = text.chars().filter(c -> c < 32 && c != '\n' && c != '\r' && c != '\t').count();
        if (control > 0 && control * 100 > text.length()) {
            return "binary data, not text";
        }
        // the English-only rules would find (almost) nothing, silently; the reader of web archives does the same
        return LanguageCheck.of(text).skipReason();
    }
}
