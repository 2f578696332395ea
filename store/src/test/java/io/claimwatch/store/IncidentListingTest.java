package io.claimwatch.store;

import static io.claimwatch.model.EventType.KILLED;
import static io.claimwatch.store.Fixtures.article;
import static io.claimwatch.store.Fixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwatch.link.Incident;
import io.claimwatch.model.Claim;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incidents list's orders (on the measures kept at linking time), readers' flags on claims, retrieval dates. */
class IncidentListingTest {
    final StoredArticle a1 = article("a1", "2024-03-03", "Wire A");
    final StoredArticle a2 = article("a2", "2024-03-03", "Wire B");
    final StoredArticle a3 = article("a3", "2024-03-05", "Wire C");
    final Claim c1 = claim(a1, 0, KILLED, "Twelve were killed in Kramatorsk.", "people", null);
    final Claim c2 = claim(a2, 0, KILLED, "Twelve were killed in Kramatorsk.", "people", null);
    final Claim c3 = claim(a3, 0, KILLED, "Two were killed in Kyiv.", "people", null);

    final Incident kramatorsk = incident("kramatorsk", "2024-03-02", List.of("a1", "a2"), List.of(c1.id(), c2.id()));
    final Incident kyiv = incident("kyiv", "2024-03-04", List.of("a3"), List.of(c3.id()));
    final Incident unmeasured = incident("unmeasured", "2024-03-01", List.of("a3"), List.of());

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void link() {
        store = Store.open(dir.resolve("claims.db"));
        store.putArticle(a1, List.of(c1));
        store.putArticle(a2, List.of(c2));
        store.putArticle(a3, List.of(c3));
        store.replaceLinks(Map.of(), List.of(kramatorsk, kyiv, unmeasured), Map.of(
                "kramatorsk", new IncidentMeasures(12L, 1, 0),
                "kyiv", new IncidentMeasures(2L, 3, 2)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void eachOrderPutsTheMostFirstAndTheUnmeasuredLast() {
        assertThat(ids(IncidentOrder.TOLL, false)).containsExactly("kramatorsk", "kyiv", "unmeasured");
        assertThat(ids(IncidentOrder.SOURCES, false)).containsExactly("kyiv", "kramatorsk", "unmeasured");
        assertThat(ids(IncidentOrder.CONTRADICTIONS, false)).containsExactly("kyiv", "kramatorsk", "unmeasured");
        assertThat(ids(IncidentOrder.DATE, false)).containsExactly("kyiv", "kramatorsk", "unmeasured");
        assertThat(ids(IncidentOrder.ARTICLES, false)).containsExactly("kramatorsk", "kyiv", "unmeasured");
    }

    @Test
    void ascendingReversesTheOrderButNotWhereTheUnmeasuredGo() {
        assertThat(ids(IncidentOrder.TOLL, true)).containsExactly("kyiv", "kramatorsk", "unmeasured");
        assertThat(ids(IncidentOrder.DATE, true)).containsExactly("unmeasured", "kramatorsk", "kyiv");
    }

    @Test
    void aListingCarriesItsMeasures() {
        IncidentListing first = store.incidents(IncidentOrder.TOLL, false, 1, 1).items().get(0);
        assertThat(first.incident()).isEqualTo(kramatorsk);
        assertThat(first.toll()).isEqualTo(12L);
        assertThat(first.independentSources()).isEqualTo(1);
        assertThat(first.contradictions()).isZero();
        IncidentListing last = store.incidents(IncidentOrder.TOLL, false, 3, 1).items().get(0);
        assertThat(last.toll()).isNull();
        assertThat(last.independentSources()).isNull();
        assertThat(store.incidents(IncidentOrder.TOLL, false, 1, 1).total()).isEqualTo(3);
    }

    @Test
    void anOrderIsNamedByItsId() {
        assertThat(IncidentOrder.of("toll")).isEqualTo(IncidentOrder.TOLL);
        assertThat(IncidentOrder.ids()).containsExactly("articles", "date", "toll", "sources", "contradictions");
        assertThatThrownBy(() -> IncidentOrder.of("Toll")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFlagIsStoredAndCountedOnItsIncident() {
        ClaimFlag flag = store.flagClaim(c2.id(), "quantity", "  the figure is an age  ");

        assertThat(flag.note()).isEqualTo("the figure is an age");
        assertThat(store.flags(c2.id())).containsExactly(flag);
        assertThat(store.flags(c1.id())).isEmpty();
        store.flagClaim(c2.id(), "place", "");
        assertThat(store.flags(c2.id())).extracting(ClaimFlag::field).containsExactly("quantity", "place");
        assertThat(store.flagCounts(List.of(c1.id(), c2.id()))).isEqualTo(Map.of(c2.id(), 2));
        assertThat(store.incidents(IncidentOrder.TOLL, false, 1, 1).items().get(0).flaggedClaims()).isEqualTo(1);
    }

    @Test
    void flagsOutliveARelink() {
        store.flagClaim(c1.id(), "claim", "not about this strike");
        store.replaceLinks(Map.of(), List.of(kyiv));
        assertThat(store.flags(c1.id())).hasSize(1);
    }

    @Test
    void aFlagNeedsAStoredClaimAndAField() {
        assertThatThrownBy(() -> store.flagClaim("no-such-claim", "quantity", "x"))
                .isInstanceOf(StoreException.class).hasMessageContaining("no claim");
        assertThatThrownBy(() -> store.flagClaim(c1.id(), " ", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.flagClaim(c1.id(), "quantity", "x".repeat(ClaimFlag.MAX_NOTE + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.flags(c1.id())).isEmpty();
    }

    @Test
    void anArticleKnowsWhenItWasRetrieved() {
        assertThat(store.retrieved("a1")).hasValueSatisfying(t ->
                assertThat(t).isBetween(java.time.Instant.now().minusSeconds(3600), java.time.Instant.now()));
        assertThat(store.retrieved("nope")).isEmpty();
    }

    private List<String> ids(IncidentOrder order, boolean ascending) {
        return store.incidents(order, ascending, 1, 10).items().stream().map(l -> l.incident().id()).toList();
    }

    private static Incident incident(String id, String end, List<String> articleIds, List<String> claimIds) {
        LocalDate day = LocalDate.parse(end);
        return new Incident(id, "Strike on " + id, id, day, day, articleIds, claimIds);
    }
}
