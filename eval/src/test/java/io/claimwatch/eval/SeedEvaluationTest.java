package io.claimwatch.eval;

import static io.claimwatch.eval.Fixtures.claim;
import static io.claimwatch.eval.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.eval.SeedEvaluation.Item;
import io.claimwatch.eval.SeedEvaluation.Section;
import io.claimwatch.model.Article;
import io.claimwatch.model.Attribution;
import io.claimwatch.model.Claim;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.EventType;
import io.claimwatch.model.PartyKind;
import io.claimwatch.model.Qualifier;
import io.claimwatch.model.Span;
import io.claimwatch.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SeedEvaluationTest {
    private static final Path GOLD = Fixtures.resource("seed").resolve("mini.gold.json");
    private static final Path TEXT = Fixtures.resource("seed").resolve("mini.txt");

    /** Claims of mini.txt; {@code resolved} decides whether "She" became Anna Petrova. */
    static Function<Article, List<Claim>> extraction(boolean resolved) {
        return a -> List.of(
                claim(a, "At least 12 soldiers were killed near Dolyna", EventType.KILLED, 12L, Qualifier.AT_LEAST,
                        Status.REPORTED, source(a, "Ministry of Defence", "the Ministry of Defence")),
                // the gold says "about" (Some 500): a qualifier mismatch; unacknowledged by Moscow (S3 via or_span)
                claim(a, "Some 500 soldiers were deployed to the region", EventType.DEPLOYED, 500L, Qualifier.EXACT,
                        Status.UNACKNOWLEDGED),
                // resolved source given by an alias ("MoD"), mention a description
                claim(a, "the attack may have been planned for weeks", EventType.STATEMENT, null, null,
                        Status.HEDGED, source(a, "MoD", "The ministry")),
                claim(a, "more troops were arriving", EventType.STATEMENT, null, null, Status.REPORTED,
                        source(a, "Anna Petrova", "Anna Petrova")),
                resolved
                        ? claim(a, "the convoy could be seen from the road", EventType.STATEMENT, null, null,
                                Status.REPORTED, source(a, "Anna Petrova", "She"))
                        // unresolved pronoun, and the trap taken: "could be seen" read as a hedge
                        : claim(a, "the convoy could be seen from the road", EventType.STATEMENT, null, null,
                                Status.HEDGED, source(a, "she", "She")));
    }

    @Test
    void scoresEachItemWithItsReason() throws IOException {
        var r = SeedEvaluation.run(GOLD, TEXT, extraction(false));
        assertThat(r.items()).extracting(Item::id, Item::right).containsExactly(
                tuple("K1", true), tuple("K2", false),
                tuple("A1", true), tuple("A2", true),
                tuple("A3", false),
                tuple("S1", true), tuple("S2", false),
                tuple("S3", true));
        assertThat(r.items().get(1).reason()).isEqualTo(
                "closest claim [264, 309) deployed 500 exact from (outlet), unacknowledged: qualifier exact (gold about)");
        assertThat(r.items().get(4).reason()).isEqualTo(
                "overlapping claims from 'she' (mention 'She') (gold Anna Petrova)");
        assertThat(r.items().get(6).reason()).startsWith("claim [224, 262) statement from 'she'");
        assertThat(List.of(r.right(Section.COUNT), r.total(Section.COUNT), r.right(Section.ATTRIBUTION),
                r.total(Section.ATTRIBUTION), r.right(Section.STATUS), r.total(Section.STATUS)))
                .containsExactly(1L, 2L, 2L, 3L, 2L, 3L);
    }

    @Test
    void aResolvedPronounMatchesAndTheTrapHolds() throws IOException {
        var r = SeedEvaluation.run(GOLD, TEXT, extraction(true));
        assertThat(r.items()).filteredOn(i -> !i.right()).extracting(Item::id).containsExactly("K2");
        assertThat(r.items().get(4).reason())
                .isEqualTo("claim [224, 262) statement from 'Anna Petrova' (mention 'She'), reported");
        assertThat(r.items().get(6).reason()).isEqualTo("overlapping claims are reported");
    }

    @Test
    void aMissingClaimSaysSo() throws IOException {
        var r = SeedEvaluation.run(GOLD, TEXT, a -> List.of());
        assertThat(r.items()).extracting(Item::right)
                .containsExactly(false, false, false, false, false, false, true, false);
        assertThat(r.items().get(0).reason()).isEqualTo("no claim overlaps [0, 44)");
        assertThat(r.items().get(7).reason()).isEqualTo("no claim overlaps [311, 353) or [264, 309)");
    }

    @Test
    void theArticleCarriesTheGoldsMetadata() throws IOException {
        JsonNode gold = ClaimJson.mapper().readTree(GOLD.toFile());
        Article a = SeedEvaluation.article(gold, TEXT);
        assertThat(a.id()).isEqualTo("mini");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(a.outlet()).isEqualTo("Example Wire");
        assertThat(SeedEvaluation.defaultText(GOLD)).isEqualTo(TEXT.toAbsolutePath());
    }

    @Test
    void namesMatchWithoutCaseApostropheOrLeadingThe() {
        var gold = new SeedEvaluation.GoldSource("National Intelligence Service",
                List.of("NIS", "South Korea’s National Intelligence Service", "The agency", "he"));
        assertThat(SeedEvaluation.sourceMatches(attribution("the national intelligence service", null), gold)).isTrue();
        assertThat(SeedEvaluation.sourceMatches(attribution("South Korea's National Intelligence Service", null), gold))
                .isTrue();
        assertThat(SeedEvaluation.sourceMatches(attribution("Seoul", "NIS"), gold)).isTrue();
        // pronouns and bare descriptions name no one: an unresolved source does not match
        assertThat(SeedEvaluation.sourceMatches(attribution("he", "he"), gold)).isFalse();
        assertThat(SeedEvaluation.sourceMatches(attribution("The agency", "the agency"), gold)).isFalse();
        assertThat(SeedEvaluation.sourceMatches(attribution("Intelligence", null), gold)).isFalse();
    }

    /** The real gold of the example, scored against claims made from the gold itself: everything is right. */
    @Test
    void theExampleGoldParsesAndItsOwnClaimsScoreFull() throws IOException {
        Path gold = Path.of("../../shared/examples/nk-troops-kursk.gold.json");
        Assumptions.assumeTrue(Files.isRegularFile(gold), "example gold not present");
        JsonNode g = ClaimJson.mapper().readTree(gold.toFile());
        List<Claim> claims = new ArrayList<>();
        g.path("count_claims").forEach(c -> claims.add(fromGold(Jsonl.span(c.get("span")),
                EventType.of(c.path("event").asText()), c.path("quantity"), c.path("sources"), Status.REPORTED)));
        g.path("attributions").forEach(c -> claims.add(fromGold(Jsonl.span(c.get("content_span")),
                EventType.STATEMENT, null, c.path("sources"), Status.REPORTED)));
        g.path("status").forEach(c -> {
            if (!c.path("kind").asText().equals("not_hedged")) {
                claims.add(fromGold(Jsonl.span(c.get("span")), EventType.STATEMENT, null, null,
                        Status.valueOf(c.path("kind").asText().toUpperCase(java.util.Locale.ROOT))));
            }
        });
        var r = SeedEvaluation.score(g, claims);
        assertThat(List.of(r.right(Section.COUNT), r.total(Section.COUNT), r.right(Section.ATTRIBUTION),
                r.total(Section.ATTRIBUTION), r.right(Section.STATUS), r.total(Section.STATUS)))
                .containsExactly(5L, 5L, 12L, 12L, 6L, 6L);
    }

    private static Claim fromGold(Span span, EventType type, JsonNode quantity, JsonNode sources, Status status) {
        var q = quantity == null ? null : new io.claimwatch.model.Quantity(quantity.path("text").asText(),
                quantity.path("value").asLong(), Qualifier.of(quantity.path("qualifier").asText()), null, null, span);
        List<Attribution> attribution = sources == null || sources.isEmpty() ? List.of()
                : List.of(attribution(sources.get(0).path("name").asText(), null));
        return new Claim("g" + span.start(), new io.claimwatch.model.ArticleRef("nk", null, null, null), "x", span,
                new io.claimwatch.model.Event(type, null), q, null, null, null, null, attribution, status, List.of());
    }

    private static Attribution attribution(String source, String mention) {
        return new Attribution(source, PartyKind.UNKNOWN, mention, null, "said", null);
    }
}
