package io.claimwatch.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The orders of the incidents list, each on a column of the incidents table. Descending puts the most (or the
 * latest) first; incidents without the value (no figure of the killed, or linked before the measures were kept)
 * come last either way. Ties: the most articles, then the latest, then the id.
 */
public enum IncidentOrder {
    /** Articles that tell it (the default). */
    ARTICLES("i.article_count"),
    /** The last day it is dated to. */
    DATE("coalesce(i.end_date, i.start_date)"),
    /** The best estimate of the killed. */
    TOLL("i.toll"),
    /** Independent primary sources. */
    SOURCES("i.independent_sources"),
    /** Contradiction lines. */
    CONTRADICTIONS("i.contradictions");

    private final String column;

    IncidentOrder(String column) {
        this.column = column;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a name that is none of {@link #ids()} */
    public static IncidentOrder of(String id) {
        return Arrays.stream(values()).filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown incident order " + id));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(IncidentOrder::id).toList();
    }

    String orderBy(boolean ascending) {
        return " ORDER BY (" + column + " IS NULL), " + column + (ascending ? " ASC" : " DESC")
                + ", i.article_count DESC, i.end_date DESC, i.id";
    }
}
