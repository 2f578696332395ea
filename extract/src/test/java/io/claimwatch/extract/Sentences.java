package io.claimwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Article;
import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import java.time.LocalDate;
import java.util.List;

/** Runs the real extractor (models loaded once per test JVM) on short texts written for one rule each. */
final class Sentences {
    static final LocalDate PUBLISHED = LocalDate.of(2024, 12, 19); // a Thursday

    private Sentences() {
    }

    static List<Claim> extract(String text) {
        return Claimwatch.extractor().extract(new Article("test", text, null, PUBLISHED, "Test Wire", null));
    }

    /** The single claim of {@code event} type in {@code text}. */
    static Claim extractOne(String text, EventType event) {
        List<Claim> claims = extract(text).stream().filter(c -> c.event().type() == event).toList();
        assertThat(claims).as("%s claims in: %s", event.id(), text).hasSize(1);
        return claims.get(0);
    }

    /** The single claim with a figure in {@code text}. */
    static Claim extractCount(String text) {
        List<Claim> claims = extract(text).stream().filter(c -> c.quantity() != null).toList();
        assertThat(claims).as("claims with a figure in: %s", text).hasSize(1);
        return claims.get(0);
    }
}
