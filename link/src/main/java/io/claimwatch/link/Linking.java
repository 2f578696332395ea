package io.claimwatch.link;

import java.util.List;
import java.util.Map;

/**
 * The result of linking a corpus: each article's report group (its syndication group, named by the group's
 * earliest article; an article that is nobody's copy is its own group), the groups of articles that tell one
 * event (every article in exactly one; each group oldest first), and the incidents: those groups that hold at least one claim.
 */
public record Linking(Map<String, String> reportGroupOf, List<List<String>> articleGroups, List<Incident> incidents) {
    public Linking {
        reportGroupOf = Map.copyOf(reportGroupOf);
        articleGroups = articleGroups.stream().map(List::copyOf).toList();
        incidents = List.copyOf(incidents);
    }
}
