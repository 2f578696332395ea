package io.claimwatch.extract;

import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import java.util.List;

/** Turns one article into its claims. Thread-safe: one instance serves a whole process. */
public interface Extractor {
    List<Claim> extract(Article article);
}
