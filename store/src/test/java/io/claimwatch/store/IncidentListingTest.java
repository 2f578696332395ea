package io.claimwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwatch.link.Incident;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The incidents list's orders (on the measures kept at linking time), readers' flags on claims, retrieval dates. */
class IncidentListingTest extends TwoStrikes {
    final Incident unmeasured = incident("unmeasured", "2024-03-01", List.of("a3"), List.of());

    @BeforeEach
    void link() {
        store.replaceLinks(Map.of(), List.of(kramatorsk, kyiv, unmeasured), Map.of(
                "kramatorsk", new IncidentMeasures(12L, 1, 0),
                "kyiv", new IncidentMeasures(2L, 3, 2)));
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
}
