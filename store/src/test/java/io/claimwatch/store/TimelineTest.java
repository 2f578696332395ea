package io.claimwatch.store;

import static io.claimwatch.model.EventType.INJURED;
import static io.claimwatch.model.EventType.KILLED;
import static io.claimwatch.store.Fixtures.article;
import static io.claimwatch.store.Fixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineTest {
    static final Claim TROOPS = killed("a3", "2024-03-03", "North Korean troops");
    static final Claim SOLDIERS = killed("a1", "2024-03-01", "North Korean soldiers");
    static final Claim CIVILIANS = killed("a2", "2024-03-02", "North Korean civilians");
    static final Claim RUSSIANS = killed("a5", "2024-03-05", "Russian soldiers");
    static final Claim UNDATED = killed("a0", null, "North Korean servicemen");
    static final Claim WOUNDED = claim(article("a4", "2024-03-04", "Wire"), 0, INJURED, "Five were wounded.",
            "North Korean soldiers", null);

    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void ingest() {
        store = Store.open(dir.resolve("claims.db"));
        for (Claim claim : List.of(TROOPS, SOLDIERS, CIVILIANS, RUSSIANS, UNDATED, WOUNDED)) {
            String id = claim.article().id();
            store.putArticle(article(id, claim.article().published() == null ? null
                    : claim.article().published().toString(), "Wire"), List.of(claim));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void soldiersFindTroopsAndServicemenButNotCiviliansOldestFirstUndatedLast() {
        assertThat(store.timeline("North Korean soldiers", KILLED)).containsExactly(SOLDIERS, TROOPS, UNDATED);
    }

    @Test
    void aPartyWithoutAGenericWordFindsEveryKind() {
        assertThat(store.timeline("north korean", KILLED)).containsExactly(SOLDIERS, CIVILIANS, TROOPS, UNDATED);
    }

    @Test
    void theEventTypeIsKeptApart() {
        assertThat(store.timeline("North Korean soldiers", INJURED)).containsExactly(WOUNDED);
        assertThat(store.timeline("North Korean soldiers", EventType.CAPTURED)).isEmpty();
    }

    @Test
    void wordsMatchWholeNotInsideOtherWords() {
        assertThat(store.timeline("Korea", KILLED)).isEmpty();
        assertThat(store.timeline("Russian troops", KILLED)).containsExactly(RUSSIANS);
    }

    private static Claim killed(String articleId, String published, String subject) {
        return claim(article(articleId, published, "Wire"), 0, KILLED, "Some " + subject + " were killed.", subject,
                null);
    }

    @Test
    void aPartyWithoutAWordToMatchNamesNobody() {
        assertThat(store.timeline("%", KILLED)).isEmpty();
        assertThat(store.timeline("* _ \"\"", null)).isEmpty();
        assertThat(store.timeline("the", KILLED)).isEmpty();
        assertThat(store.timeline(null, KILLED)).isEmpty();
    }
}
