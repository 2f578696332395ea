package io.claimwatch.model;

import java.time.LocalDate;
import java.util.Objects;

/** One news article: its text and the metadata given with it (the text itself never holds the outlet). */
public record Article(String id, String text, String title, LocalDate published, String outlet, String url) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public ArticleRef ref() {
        return new ArticleRef(id, url, outlet, published);
    }
}
