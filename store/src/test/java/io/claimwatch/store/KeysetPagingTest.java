package io.claimwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deep pages by cursor: {@code next} of one page is where the following one starts, found by the index
 * instead of by counting past every earlier claim (OFFSET), so that page 1,000 costs what page 1 does.
 */
class KeysetPagingTest {
    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void ingest() {
        store = Store.open(dir.resolve("claims.db"));
        for (int i = 0; i < 12; i++) {  // 4 dates, 3 articles a date, undated ones among them, 3 claims each
            StoredArticle a = Fixtures.article("a" + (i % 3) + "-" + i, i % 4 == 3 ? null : "2024-03-0" + (1 + i % 4), "Wire");
            store.putArticle(a, List.of(
                    Fixtures.claim(a, 0, EventType.KILLED, "Two were killed.", "people", null, "police"),
                    Fixtures.claim(a, 50, EventType.INJURED, "Three were hurt.", "people", null, "police"),
                    Fixtures.claim(a, 90, EventType.KILLED, "One more died.", "people", null)));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Claim> byCursor(ClaimQuery first) {
        List<Claim> all = new ArrayList<>();
        String after = null;
        do {
            Page<Claim> page = store.searchClaims(first.withAfter(after));
            all.addAll(page.items());
            after = page.next();
        } while (after != null);
        return all;
    }

    @Test
    void walkingByCursorGivesEveryClaimOnceInTheOrderOfThePages() {
        List<Claim> everything = store.searchClaims(ClaimQuery.all().withPage(1, 200)).items();
        assertThat(everything).hasSize(36);
        for (int size : new int[] {1, 5, 7, 36}) {
            assertThat(byCursor(ClaimQuery.all().withPage(1, size))).as("page size " + size).isEqualTo(everything);
        }
        List<Claim> killed = store.searchClaims(ClaimQuery.all().withEvent(EventType.KILLED).withPage(1, 200)).items();
        assertThat(byCursor(ClaimQuery.all().withEvent(EventType.KILLED).withPage(1, 4))).isEqualTo(killed);
    }

    @Test
    void theLastPageHasNoNext() {
        assertThat(store.searchClaims(ClaimQuery.all().withPage(1, 36)).next()).isNull();
        assertThat(store.searchClaims(ClaimQuery.all().withPage(1, 35)).next()).isNotNull();
    }

    @Test
    void aPageAfterACursorCountsTheWholeResult() {
        Page<Claim> first = store.searchClaims(ClaimQuery.all().withPage(1, 10));
        Page<Claim> second = store.searchClaims(ClaimQuery.all().withPage(1, 10).withAfter(first.next()));
        assertThat(second.total()).isEqualTo(36);
        assertThat(second.items()).isEqualTo(store.searchClaims(ClaimQuery.all().withPage(2, 10)).items());
    }

    @Test
    void aCursorThatIsNotOneIsRefused() {
        assertThatThrownBy(() -> ClaimQuery.all().withAfter("not-a-cursor")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cursor");
        assertThatThrownBy(() -> ClaimQuery.all().withAfter("WzEsMl0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePageAfterACursorIsFoundThroughTheIndexWithoutOffset() throws SQLException {
        String cursor = store.searchClaims(ClaimQuery.all().withPage(1, 10)).next();
        ClaimSearch search = ClaimSearch.of(ClaimQuery.all().withAfter(cursor));
        assertThat(search.pageSql()).doesNotContain("OFFSET");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store.file())) {
            List<String> plan = Sql.list(c, "EXPLAIN QUERY PLAN " + search.pageSql(), search.pageParams(),
                    rs -> rs.getString("detail"));
            assertThat(plan).anySatisfy(step -> assertThat(step).contains("SEARCH c USING INDEX claims_newest_first"));
            assertThat(plan).noneSatisfy(step -> assertThat(step).contains("TEMP B-TREE"));
        }
    }
}
