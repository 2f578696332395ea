package io.claimwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwatch.link.Incident;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Report groups and incidents as stored by a linking run, read back, replaced and refused. */
class LinksTest extends TwoStrikes {
    @Test
    void anUngroupedArticleIsItsOwnReport() {
        assertThat(store.reportGroup("a1")).isEqualTo("a1");
        assertThat(store.reportGroup("unknown")).isEqualTo("unknown");
        assertThat(store.stats().reportGroups()).isEqualTo(3);
    }

    @Test
    void linksReadBackAsStored() {
        store.replaceLinks(Map.of("a2", "a1"), List.of(kyiv, kramatorsk));

        assertThat(store.reportGroup("a2")).isEqualTo("a1");
        assertThat(store.reportGroup("a3")).isEqualTo("a3");
        assertThat(store.stats().reportGroups()).isEqualTo(2);
        assertThat(store.stats().incidents()).isEqualTo(2);
        assertThat(store.incident("kyiv")).contains(kyiv);
        assertThat(store.incident("nope")).isEmpty();
        assertThat(store.incidentsOfClaim(c2.id())).containsExactly(kramatorsk);
        assertThat(store.incidentsOfClaim("nope")).isEmpty();
    }

    @Test
    void incidentsComeMostArticlesFirstThenLatest() {
        Incident older = incident("older", "2024-03-01", List.of("a3"), List.of());
        store.replaceLinks(Map.of(), List.of(older, kyiv, kramatorsk));

        Page<Incident> page = store.incidents(1, 10);
        assertThat(page.items()).containsExactly(kramatorsk, kyiv, older);
        assertThat(page.total()).isEqualTo(3);
        assertThat(store.incidents(2, 2).items()).containsExactly(older);
    }

    @Test
    void aSecondRunReplacesTheFirst() {
        store.replaceLinks(Map.of("a2", "a1"), List.of(kyiv, kramatorsk));
        Incident both = incident("both", "2024-03-04", List.of("a1", "a3"), List.of(c1.id(), c3.id()));

        store.replaceLinks(Map.of("a3", "a1"), List.of(both));

        assertThat(store.incidents(1, 10).items()).containsExactly(both);
        assertThat(store.incident("kramatorsk")).isEmpty();
        assertThat(store.incidentsOfClaim(c2.id())).isEmpty();
        assertThat(store.incidentsOfClaim(c1.id())).containsExactly(both);
        assertThat(store.reportGroup("a2")).as("no longer grouped").isEqualTo("a2");
        assertThat(store.reportGroup("a3")).isEqualTo("a1");
    }

    @Test
    void anUnknownClaimFailsTheRunAndKeepsThePreviousLinks() {
        store.replaceLinks(Map.of("a2", "a1"), List.of(kramatorsk));
        Incident broken = incident("broken", "2024-03-04", List.of("a3"), List.of("no-such-claim"));

        assertThatThrownBy(() -> store.replaceLinks(Map.of(), List.of(kyiv, broken)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("FOREIGN KEY");

        assertThat(store.incidents(1, 10).items()).containsExactly(kramatorsk);
        assertThat(store.reportGroup("a2")).isEqualTo("a1");
    }

    @Test
    void aReportGroupForAnUnknownArticleFailsTheRun() {
        assertThatThrownBy(() -> store.replaceLinks(Map.of("nope", "a1"), List.of(kyiv)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("nope");
        assertThat(store.incidents(1, 10).total()).isZero();
    }
}
