package io.claimwatch.corpus;

import io.claimwatch.model.Article;

/** The last step of every reader: an article with usable text becomes a Document with its language verdict. */
final class Documents {
    private Documents() {
    }

    static Input of(String origin, Article article) {
        String reason = TextCheck.unusable(article.text());
        if (reason != null) {
            return new Input.Problem(origin, reason);
        }
        LanguageCheck.Verdict verdict = LanguageCheck.of(article.text());
        return new Input.Document(origin, article, verdict.language(), verdict.skipReason());
    }
}
