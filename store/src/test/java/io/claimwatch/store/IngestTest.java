package io.claimwatch.store;

import static io.claimwatch.model.EventType.INJURED;
import static io.claimwatch.model.EventType.KILLED;
import static io.claimwatch.model.EventType.STATEMENT;
import static io.claimwatch.store.Fixtures.article;
import static io.claimwatch.store.Fixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwatch.model.Claim;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
    @TempDir
    Path dir;
    Store store;

    final StoredArticle a1 = article("a1", "2024-03-01", "Example Wire");

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("claims.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aStoredArticleAndItsClaimsReadBackEqual() {
        Claim full = Fixtures.fullClaim(a1, 0);
        Claim injured = claim(a1, 50, INJURED, "Three were wounded.", "people", null);
        Claim quote = claim(a1, 90, STATEMENT, "\"We will rebuild,\" he said.", null, null, "Mayor");

        assertThat(store.putArticle(a1, List.of(quote, full, injured))).isTrue();

        assertThat(store.hasArticle("a1")).isTrue();
        assertThat(store.hasArticle("a2")).isFalse();
        assertThat(store.articleIds()).containsExactly("a1");
        assertThat(store.article("a1")).contains(a1);
        assertThat(store.claimsOfArticle("a1")).containsExactly(full, injured, quote);
        assertThat(store.claim(full.id())).contains(full);
        assertThat(store.claim("nope")).isEmpty();
    }

    @Test
    void storingAnArticleTwiceChangesNothing() {
        store.putArticle(a1, List.of(claim(a1, 0, KILLED, "Two died.", "people", null)));
        StoreStats before = store.stats();

        boolean again = store.putArticle(a1, List.of(claim(a1, 40, INJURED, "One was hurt.", "people", null)));

        assertThat(again).isFalse();
        assertThat(store.stats()).isEqualTo(before);
        assertThat(store.claimsOfArticle("a1")).hasSize(1);
    }

    @Test
    void aFailingClaimLeavesNothingOfTheArticle() {
        Claim once = claim(a1, 0, KILLED, "Two died.", "people", null);

        assertThatThrownBy(() -> store.putArticle(a1, List.of(once, once)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("a1")
                .hasMessageContaining("UNIQUE");

        assertThat(store.hasArticle("a1")).isFalse();
        assertThat(store.stats()).isEqualTo(new StoreStats(0, 0, 0, 0, 0));
        assertThat(store.searchClaims(ClaimQuery.all().withText("died")).total()).isZero();
        assertThat(store.putArticle(a1, List.of(once))).as("the writer is usable after the rollback").isTrue();
    }

    @Test
    void aClaimIdStoredWithAnotherArticleFailsLoudly() {
        Claim claim = claim(a1, 0, KILLED, "Two died.", "people", null);
        store.putArticle(a1, List.of(claim));
        StoredArticle a2 = article("a2", "2024-03-02", "Copy Wire");
        Claim sameId = new Claim(claim.id(), a2.article().ref(), claim.text(), claim.span(), claim.event(),
                claim.quantity(), claim.subject(), null, null, null, List.of(), claim.status(), List.of());

        assertThatThrownBy(() -> store.putArticle(a2, List.of(sameId))).isInstanceOf(StoreException.class);
        assertThat(store.hasArticle("a2")).isFalse();
    }

    @Test
    void aClaimOfAnotherArticleIsRefused() {
        Claim foreign = claim(article("a2", null, null), 0, KILLED, "Two died.", "people", null);
        assertThatThrownBy(() -> store.putArticle(a1, List.of(foreign))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.hasArticle("a1")).isFalse();
    }

    @Test
    void statsCountSkippedArticlesAndClaims() {
        store.putArticle(a1, List.of(claim(a1, 0, KILLED, "Two died.", "people", null)));
        store.putArticle(Fixtures.skipped("fr1", "not English"), List.of());

        assertThat(store.stats()).isEqualTo(new StoreStats(2, 1, 1, 0, 1));
        assertThat(store.article("fr1")).hasValueSatisfying(a -> assertThat(a.skipReason()).isEqualTo("not English"));
    }

    @Test
    void claimsByIdComeInTheOrderAskedLeavingOutUnknownIds() {
        Claim first = claim(a1, 0, KILLED, "Two died.", "people", null);
        Claim second = claim(a1, 20, INJURED, "One was hurt.", "people", null);
        store.putArticle(a1, List.of(first, second));

        assertThat(store.claims(List.of(second.id(), "unknown", first.id(), second.id())))
                .containsExactly(second, first);
    }

    @Test
    void streamingGoesByIdForArticlesAndByDateArticleAndSpanForClaims() {
        StoredArticle later = article("a0", "2024-03-05", "Wire");
        StoredArticle undated = article("z9", null, "Wire");
        Claim laterClaim = claim(later, 0, KILLED, "Two died.", "people", null);
        Claim a1Second = claim(a1, 30, KILLED, "Four died.", "people", null);
        Claim a1First = claim(a1, 0, INJURED, "One was hurt.", "people", null);
        Claim undatedClaim = claim(undated, 0, KILLED, "Nine died.", "people", null);
        store.putArticle(later, List.of(laterClaim));
        store.putArticle(a1, List.of(a1Second, a1First));
        store.putArticle(undated, List.of(undatedClaim));

        List<String> articleIds = new ArrayList<>();
        store.forEachArticle(a -> articleIds.add(a.id()));
        List<Claim> claims = new ArrayList<>();
        store.forEachClaim(claims::add);

        assertThat(articleIds).containsExactly("a0", "a1", "z9");
        assertThat(claims).containsExactly(undatedClaim, a1First, a1Second, laterClaim);
    }

    @Test
    void aStreamSeesOneCommittedStateWhileTheWriterGoesOn() {
        store.putArticle(a1, List.of());
        store.putArticle(article("c1", "2024-03-02", "Wire"), List.of());
        List<String> streamed = new ArrayList<>();

        store.forEachArticle(a -> {
            streamed.add(a.id());
            if (a.id().equals("a1")) {
                // WAL: the writer commits while this read is open; the read keeps the state it started with
                assertThat(store.putArticle(article("b1", "2024-03-03", "Wire"), List.of())).isTrue();
                assertThat(store.hasArticle("b1")).isTrue();
            }
        });

        assertThat(streamed).containsExactly("a1", "c1");
        assertThat(store.stats().articles()).isEqualTo(3);
    }
}
