package io.claimwatch.eval;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * B-cubed precision, recall and F1 of a clustering against gold (Bagga and Baldwin 1998): per item, the share
 * of its predicted cluster that is also in its gold cluster (precision) and the share of its gold cluster that
 * is in its predicted cluster (recall), averaged over items.
 *
 * <p>An item's gold cluster is every item that shares one of its gold labels with it: an article listed under
 * two incidents belongs with the articles of both. Items the prediction leaves out count as alone.
 */
public record BCubed(double precision, double recall, int items) {
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** {@code labels}: each item's gold labels; {@code predicted}: clusters of items. */
    public static BCubed score(Map<String, Set<String>> labels, Collection<? extends Collection<String>> predicted) {
        Map<String, Set<String>> byLabel = new HashMap<>();
        labels.forEach((item, ls) -> ls.forEach(l -> byLabel.computeIfAbsent(l, k -> new HashSet<>()).add(item)));
        Map<String, Set<String>> clusterOf = new HashMap<>();
        for (Collection<String> cluster : predicted) {
            Set<String> members = new HashSet<>(cluster);
            members.retainAll(labels.keySet());
            members.forEach(item -> clusterOf.put(item, members));
        }
        double p = 0;
        double r = 0;
        for (String item : labels.keySet()) {
            Set<String> gold = new HashSet<>(List.of(item));
            labels.get(item).forEach(l -> gold.addAll(byLabel.get(l)));
            Set<String> mine = clusterOf.getOrDefault(item, Set.of(item));
            long both = mine.stream().filter(gold::contains).count();
            p += (double) both / mine.size();
            r += (double) both / gold.size();
        }
        int n = labels.size();
        return new BCubed(n == 0 ? 0 : p / n, n == 0 ? 0 : r / n, n);
    }
}
