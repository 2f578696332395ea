package io.claimwatch.store;

import io.claimwatch.model.Article;
import java.util.Objects;

/**
 * An article as the store keeps it: the article, the language it was detected in, why it gave no claims
 * ({@code skipReason}, null when it was extracted) and where it was read from ({@code origin}).
 */
public record StoredArticle(Article article, String language, String skipReason, String origin) {
    public StoredArticle {
        Objects.requireNonNull(article, "article");
    }

    public String id() {
        return article.id();
    }

    public boolean skipped() {
        return skipReason != null;
    }
}
