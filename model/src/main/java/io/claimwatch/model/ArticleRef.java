package io.claimwatch.model;

import java.time.LocalDate;
import java.util.Objects;

/** The article a claim comes from, as carried on every claim. */
public record ArticleRef(String id, String url, String outlet, LocalDate published) {
    public ArticleRef {
        Objects.requireNonNull(id, "id");
    }
}
