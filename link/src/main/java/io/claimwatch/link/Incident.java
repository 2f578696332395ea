package io.claimwatch.link;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One real-world event told by one or more articles: the articles that tell it and the claims they make about
 * it. {@code place} is the place name most claims give (null when none); {@code start}/{@code end} the days
 * the event is dated to (publication dates when no claim dates it).
 */
public record Incident(String id, String label, String place, LocalDate start, LocalDate end,
                       @JsonProperty("article_ids") List<String> articleIds,
                       @JsonProperty("claim_ids") List<String> claimIds) {
    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        articleIds = List.copyOf(articleIds);
        claimIds = List.copyOf(claimIds);
    }
}
