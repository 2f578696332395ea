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

class LinksTest {
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
    void ingest() {
        store = Store.open(dir.resolve("claims.db"));
        store.putArticle(a1, List.of(c1));
        store.putArticle(a2, List.of(c2));
        store.putArticle(a3, List.of(c3));
    }

    @AfterEach
    void close() {
        store.close();
    }

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

    private static Incident incident(String id, String end, List<String> articleIds, List<String> claimIds) {
        LocalDate day = LocalDate.parse(end);
        return new Incident(id, "Strike on " + id, id, day, day, articleIds, claimIds);
    }
}
