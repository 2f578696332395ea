package io.claimwatch.ingest;

import io.claimwatch.link.ArticleFacts;
import io.claimwatch.link.Estimate;
import io.claimwatch.link.Incident;
import io.claimwatch.link.IncidentSummary;
import io.claimwatch.link.Linker;
import io.claimwatch.link.Linking;
import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import io.claimwatch.store.IncidentMeasures;
import io.claimwatch.store.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Relinks the whole store after an ingest: syndication groups and incidents are recomputed from every
 * extracted article, so the result does not depend on the order or the batches in which articles came.
 */
public final class Relink {
    private Relink() {
    }

    public static Linking run(Store store) {
        List<Article> articles = new ArrayList<>();
        store.forEachArticle(a -> {
            if (a.skipReason() == null) {
                articles.add(a.article());
            }
        });
        Set<String> linked = articles.stream().map(Article::id).collect(Collectors.toSet());
        List<Claim> claims = new ArrayList<>();
        Map<String, StringBuilder> claimText = new HashMap<>();
        store.forEachClaim(c -> {
            if (linked.contains(c.article().id())) {
                claims.add(c);
                claimText.computeIfAbsent(c.article().id(), k -> new StringBuilder()).append(c.text()).append('\n');
            }
        });
        // articles loaded from the Spark job's output carry no text: their claims' sentences stand in for it
        articles.replaceAll(a -> !a.text().isEmpty() || !claimText.containsKey(a.id()) ? a
                : new Article(a.id(), claimText.get(a.id()).toString(), a.title(), a.published(), a.outlet(), a.url()));
        Linking linking = Linker.link(articles, claims);
        store.replaceLinks(linking.reportGroupOf(), linking.incidents(), measures(linking, articles, claims));
        return linking;
    }

    /** Each incident's measures, from the summary the incident page shows (same claims, groups and texts). */
    private static Map<String, IncidentMeasures> measures(Linking linking, List<Article> articles, List<Claim> claims) {
        Map<String, Claim> claimById = new HashMap<>();
        claims.forEach(c -> claimById.put(c.id(), c));
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        ArticleFacts facts = ArticleFacts.of(id -> linking.reportGroupOf().getOrDefault(id, id),
                id -> byId.containsKey(id) ? byId.get(id).text() : "",
                id -> byId.containsKey(id) ? byId.get(id).title() : null);
        Map<String, IncidentMeasures> measures = new HashMap<>();
        for (Incident incident : linking.incidents()) {
            List<Claim> mine = incident.claimIds().stream().map(claimById::get).filter(c -> c != null).toList();
            IncidentSummary s = IncidentSummary.of(incident, mine, facts);
            Long toll = s.estimates().stream().filter(e -> e.type() == EventType.KILLED).map(Estimate::best)
                    .findFirst().orElse(null);
            measures.put(incident.id(), new IncidentMeasures(toll, s.corroboration(), s.contradictions().size()));
        }
        return measures;
    }
}
