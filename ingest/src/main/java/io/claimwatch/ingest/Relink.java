package io.claimwatch.ingest;

import io.claimwatch.link.Linker;
import io.claimwatch.link.Linking;
import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
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
        store.replaceLinks(linking.reportGroupOf(), linking.incidents());
        return linking;
    }
}
