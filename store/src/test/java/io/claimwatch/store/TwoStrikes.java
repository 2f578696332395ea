package io.claimwatch.store;

import static io.claimwatch.model.EventType.KILLED;
import static io.claimwatch.store.Fixtures.article;
import static io.claimwatch.store.Fixtures.claim;

import io.claimwatch.link.Incident;
import io.claimwatch.model.Claim;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store of the linking tests: two wires telling the Kramatorsk strike (a1, a2) and a third the Kyiv one (a3),
 * a claim each, stored in a fresh store before each test; the two incidents they make, not yet linked.
 */
abstract class TwoStrikes {
    final StoredArticle a1 = article("a1", "2024-03-03", "Wire A");
    final StoredArticle a2 = article("a2", "2024-03-03", "Wire B");
    final StoredArticle a3 = article("a3", "2024-03-04", "Wire C");
    final Claim c1 = claim(a1, 0, KILLED, "Twelve were killed in Kramatorsk.", "people", null);
    final Claim c2 = claim(a2, 0, KILLED, "Twelve were killed in Kramatorsk.", "people", null);
    final Claim c3 = claim(a3, 0, KILLED, "Two were killed in Kyiv.", "people", null);

    final Incident kramatorsk = incident("kramatorsk", "2024-03-02", List.of("a1", "a2"), List.of(c1.id(), c2.id()));
    final Incident kyiv = incident("kyiv", "2024-03-04", List.of("a3"), List.of(c3.id()));

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void storeTheArticles() {
        store = Store.open(dir.resolve("claims.db"));
        store.putArticle(a1, List.of(c1));
        store.putArticle(a2, List.of(c2));
        store.putArticle(a3, List.of(c3));
    }

    @AfterEach
    void closeTheStore() {
        store.close();
    }

    /** An incident of one day, {@code end}, labelled "Strike on ID". */
    static Incident incident(String id, String end, List<String> articleIds, List<String> claimIds) {
        LocalDate day = LocalDate.parse(end);
        return new Incident(id, "Strike on " + id, id, day, day, articleIds, claimIds);
    }
}
