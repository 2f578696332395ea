package io.claimwatch.spark;

import io.claimwatch.corpus.LanguageCheck;
import io.claimwatch.corpus.TextCheck;

/**
 * Why an article's text cannot go to the extractor, or null when it can: the corpus readers' checks
 * ({@link TextCheck}, {@link LanguageCheck}) plus a length limit, because at archive scale a multi-megabyte
 * "article" (a feed dump, a log) would hold up a task for minutes.
 */
final class ArticleCheck {
    private ArticleCheck() {
    }

    static String unusable(String text, int maxChars) {
        if (text == null) {
            return "no \"text\"";
        }
        // length first, so that a huge text is not scanned; a blank one is still called empty or whitespace
        if (!text.isBlank() && text.length() > maxChars) {
            return "too long: " + text.length() + " characters (limit " + maxChars + ")";
        }
        String reason = TextCheck.unusable(text);
        // the English-only rules would find (almost) nothing, silently; the readers of files skip it the same way
        return reason != null ? reason : LanguageCheck.of(text).skipReason();
    }
}
