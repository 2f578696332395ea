package io.claimwatch.corpus;

import io.claimwatch.model.Article;

/** The last step of every reader: an article with usable text becomes a Document with its language verdict. */
final class Documents {
    /**
     * Longer texts are kept (stored, searchable) but not extracted: extraction time grows with the text, about
     * a minute per MB of claim-dense sentences on one core (docs/RELIABILITY.md), and one article must not hold
     * an ingest's or the server's single write path for minutes. Five times the longest article of the
     * evaluation corpora (100,000 characters).
     */
    static final int MAX_EXTRACTED_CHARS = 500_000;

    private Documents() {
    }

    static Input of(String origin, Article article) {
        String reason = TextCheck.unusable(article.text());
        if (reason != null) {
            return new Input.Problem(origin, reason);
        }
        if (article.text().length() > MAX_EXTRACTED_CHARS) {
            return new Input.Document(origin, article, null, String.format("too long to extract: %,d characters,"
                    + " over %,d", article.text().length(), MAX_EXTRACTED_CHARS));
        }
        LanguageCheck.Verdict verdict = LanguageCheck.of(article.text());
        return new Input.Document(origin, article, verdict.language(), verdict.skipReason());
    }
}
