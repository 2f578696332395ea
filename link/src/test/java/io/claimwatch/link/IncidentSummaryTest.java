package io.claimwatch.link;

import static io.claimwatch.link.Claims.about;
import static io.claimwatch.link.Claims.atLeast;
import static io.claimwatch.link.Claims.claim;
import static io.claimwatch.link.Claims.described;
import static io.claimwatch.link.Claims.stated;
import static io.claimwatch.link.Claims.exact;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.model.Article;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.model.Claim;
import io.claimwatch.model.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IncidentSummaryTest {
    private static Article article(String id, String outlet, String day) {
        return new Article(id, "text", "title", LocalDate.parse(day), outlet, null);
    }

    private static Incident incidentOf(List<Claim> claims) {
        return new Incident("inc-1", "label", null, null, null,
                claims.stream().map(c -> c.article().id()).distinct().toList(), claims.stream().map(Claim::id).toList());
    }

    private static final Function<String, String> NO_SYNDICATION = Function.identity();

    @Test
    void twoOutletsQuotingOneSourceAreOneIndependentSource() {
        Article post = article("a", "New York Post", "2024-12-19");
        Article mail = article("b", "Daily Mail", "2024-12-19");
        List<Claim> claims = List.of(
                claim(post, 0, EventType.KILLED, atLeast(100), "National Intelligence Service", "The Telegraph"),
                claim(mail, 0, EventType.KILLED, atLeast(100), "National Intelligence Service", "The Telegraph"));
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION);
        assertThat(s.corroboration()).isEqualTo(1);
        assertThat(s.figures().get(EventType.KILLED)).hasSize(2);
        assertThat(s.relays()).contains(
                new IncidentSummary.Edge("National Intelligence Service", "The Telegraph"),
                new IncidentSummary.Edge("The Telegraph", "New York Post"),
                new IncidentSummary.Edge("The Telegraph", "Daily Mail"));
    }

    @Test
    void independentSourcesAreCountedSeparately() {
        Article a = article("a", "Outlet A", "2025-03-16");
        Article b = article("b", "Outlet B", "2025-03-16");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(12), "regional governor"),
                claim(b, 0, EventType.KILLED, exact(12), "State Emergency Service"));
        assertThat(IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION).corroboration()).isEqualTo(2);
    }

    @Test
    void syndicatedCopiesCountOnce() {
        Article wire = article("wire", "Wire", "2025-03-16");
        Article copy = article("copy", "Local Paper", "2025-03-16");
        List<Claim> claims = List.of(claim(wire, 0, EventType.KILLED, exact(5), "police"),
                claim(copy, 0, EventType.KILLED, exact(5), "police"));
        Map<String, String> groups = Map.of("wire", "wire", "copy", "wire");
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, groups::get);
        assertThat(s.figures().get(EventType.KILLED)).hasSize(1);
        assertThat(s.corroboration()).isEqualTo(1);
    }

    @Test
    void boundsThatCannotBothHoldContradict() {
        Article a = article("a", "Outlet A", "2025-03-16");
        Article b = article("b", "Outlet B", "2025-03-17");
        Article c = article("c", "Outlet C", "2025-03-17");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(8), "police"),
                claim(b, 0, EventType.KILLED, exact(12), "hospital officials"),
                claim(c, 0, EventType.INJURED, atLeast(100), "ministry"));
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION);
        assertThat(s.contradictions()).singleElement().satisfies(x -> assertThat(x.type()).isEqualTo(EventType.KILLED));
    }

    @Test
    void aLowerBoundDoesNotContradictALargerEstimate() {
        Article a = article("a", "Outlet A", "2024-12-19");
        Article b = article("b", "Outlet B", "2024-12-20");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, atLeast(100), "NIS"),
                claim(b, 0, EventType.KILLED, about(300), "Pentagon"));
        assertThat(IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION).contradictions()).isEmpty();
    }

    @Test
    void aSourceRevisingItsFigureIsAnUpdateNotAContradiction() {
        Article a = article("a", "Outlet A", "2025-03-16");
        Article b = article("b", "Outlet A", "2025-03-18");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(8), "governor"),
                claim(b, 0, EventType.KILLED, exact(12), "governor"));
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION);
        assertThat(s.contradictions()).isEmpty();
        assertThat(s.figures().get(EventType.KILLED)).extracting(f -> f.quantity().value()).containsExactly(8L, 12L);
    }

    @Test
    void anArticleStandsForItsLargestHeadlineFigureNotItsPartialCounts() {
        Article a = article("a", "Outlet A", "2025-03-16");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(1)), claim(a, 50, EventType.KILLED, exact(3)),
                claim(a, 100, EventType.KILLED, exact(2)), claim(a, 2000, EventType.KILLED, exact(40)));
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION);
        assertThat(s.figures().get(EventType.KILLED)).singleElement()
                .satisfies(f -> assertThat(f.quantity().value()).isEqualTo(3));
    }

    @Test
    void timelineGroupsFiguresBySourceOldestFirst() {
        Article late = article("late", "Outlet A", "2025-01-10");
        Article early = article("early", "Outlet B", "2024-12-19");
        Article other = article("other", "Outlet C", "2024-12-25");
        List<Claim> claims = List.of(claim(late, 0, EventType.KILLED, exact(300), "NIS"),
                claim(early, 0, EventType.KILLED, atLeast(100), "NIS"),
                claim(other, 0, EventType.KILLED, exact(200), "GUR"));
        Map<String, List<SourceFigure>> series = Timeline.bySource(claims);
        assertThat(series.keySet()).containsExactly("NIS", "GUR");
        assertThat(series.get("NIS")).extracting(SourceFigure::articleId).containsExactly("early", "late");
    }

    @Test
    void theJsonLineCarriesIdFiguresBySourceAndArticleIds() throws Exception {
        Article a = article("a", "Outlet A", "2025-03-16");
        Article b = article("b", "Outlet B", "2025-03-17");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(8), "police"),
                claim(b, 0, EventType.KILLED, exact(12), "hospital officials"));
        JsonNode json = ClaimJson.mapper().valueToTree(IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION));
        assertThat(json.get("id").asText()).isEqualTo("inc-1");
        assertThat(json.get("article_ids")).hasSize(2);
        assertThat(json.get("corroboration").asInt()).isEqualTo(2);
        assertThat(json.get("figures").get("killed").get(1).get("source").asText()).isEqualTo("hospital officials");
        assertThat(json.get("figures").get("killed").get(1).get("quantity").get("value").asLong()).isEqualTo(12);
        assertThat(json.get("contradictions").get(0).get("second").get("source").asText()).isEqualTo("hospital officials");
        assertThat(json.get("estimates").get(0).get("best").asLong()).isEqualTo(12);
        assertThat(json.get("primary_sources")).hasSize(2);
    }

    @Test
    void theOutletAssertingAFigureIsNotAnIndependentSource() {
        Article a = article("a", "Outlet A", "2025-03-16");
        Article b = article("b", "Outlet B", "2025-03-16");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(12)),
                claim(b, 0, EventType.KILLED, exact(12), "Outlet B"),
                claim(b, 50, EventType.INJURED, exact(3), "police"));
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION);
        assertThat(s.primarySources()).containsExactly("police");
    }

    @Test
    void pronounsAreNoSources() {
        Article a = article("a", "Outlet A", "2025-03-16");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(12), "They"));
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION);
        assertThat(s.primarySources()).isEmpty();
        assertThat(s.figures().get(EventType.KILLED).get(0).chain()).containsExactly("Outlet A");
    }

    @Test
    void caseTitlesAndSurnamesNameOneSource() {
        Article a = article("a", "Outlet A", "2025-03-16");
        Article b = article("b", "Outlet B", "2025-03-17");
        Article c = article("c", "Outlet C", "2025-03-17");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(4), "Police Chief Mark Francis"),
                claim(b, 0, EventType.KILLED, exact(4), "Francis"),
                claim(a, 50, EventType.INJURED, exact(2), "police"), claim(c, 0, EventType.INJURED, exact(2), "Police"));
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION);
        assertThat(s.primarySources()).containsExactly("Mark Francis", "police");
    }

    @Test
    void aDescriptionStandsForTheNameItIsWrittenBeside() {
        Article a = article("a", "Outlet A", "2025-03-16");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(12), "the regional governor"),
                claim(a, 80, EventType.KILLED, exact(2), "Ostap Verbytsky"));
        String text = "12 died, the regional governor said. Ostap Verbytsky, governor of the region, said two were children.";
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION, id -> text);
        assertThat(s.primarySources()).containsExactly("Ostap Verbytsky");
    }

    @Test
    void aCountReadFromAPersonIsNotWeighedAgainstAToll() {
        Article a = article("a", "Outlet A", "2025-03-16");
        Article b = article("b", "Outlet B", "2025-03-16");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, stated("he", 1), "police"),
                claim(b, 0, EventType.KILLED, stated("five", 5), "sheriff"));
        assertThat(IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION).contradictions()).isEmpty();
    }

    @Test
    void figuresAboutDifferentPartiesDoNotContradict() {
        Article a = article("a", "Outlet A", "2025-03-16");
        Article b = article("b", "Outlet B", "2025-03-16");
        List<Claim> claims = List.of(described(a, 0, EventType.KILLED, exact(3), "children", "3 children died", "police"),
                described(b, 0, EventType.KILLED, exact(12), "people", "12 people died", "governor"));
        assertThat(IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION).contradictions()).isEmpty();
    }

    @Test
    void twoSourcesDisagreeingOnTwoTypesGiveOneLine() {
        Article a = article("a", "Outlet A", "2025-03-16");
        Article b = article("b", "Outlet B", "2025-03-17");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(8), "police"),
                claim(a, 50, EventType.INJURED, exact(20), "police"),
                claim(b, 0, EventType.KILLED, exact(12), "governor"),
                claim(b, 50, EventType.INJURED, exact(30), "governor"));
        assertThat(IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION).contradictions()).singleElement()
                .satisfies(x -> assertThat(x.type()).isEqualTo(EventType.KILLED));
    }

    @Test
    void aSyndicatedCopyFoldsIntoTheEarliestReport() {
        Article copy = article("copy", "Local Paper", "2025-03-17");
        Article wire = article("wire", "Wire", "2025-03-16");
        List<Claim> claims = List.of(claim(copy, 0, EventType.KILLED, exact(5)), claim(wire, 0, EventType.KILLED, exact(5)));
        Map<String, String> groups = Map.of("wire", "wire", "copy", "wire");
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, groups::get);
        assertThat(s.figures().get(EventType.KILLED)).singleElement().satisfies(f -> {
            assertThat(f.outlet()).isEqualTo("Wire");
            assertThat(f.published()).isEqualTo(LocalDate.parse("2025-03-16"));
        });
    }

    @Test
    void theLaterOfficialTollIsBestAndAnOpenFigureLeavesTheHighOpen() {
        Article first = article("a", "Outlet A", "2025-03-16");
        Article own = article("d", "Outlet D", "2025-03-16");
        Article later = article("b", "Outlet B", "2025-03-18");
        Article volunteers = article("c", "Outlet C", "2025-03-18");
        List<Claim> claims = List.of(claim(first, 0, EventType.KILLED, atLeast(12), "governor"),
                claim(later, 0, EventType.KILLED, exact(15), "governor"),
                claim(volunteers, 0, EventType.KILLED, atLeast(17), "volunteers"),
                claim(own, 0, EventType.KILLED, exact(9)));
        Estimate e = IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION).estimates().get(0);
        assertThat(e.type()).isEqualTo(EventType.KILLED);
        assertThat(e.best()).isEqualTo(15);
        assertThat(e.low()).isEqualTo(9);
        assertThat(e.high()).isEqualTo(17);
        assertThat(e.highOpen()).isTrue();
        assertThat(e.sources()).containsExactlyInAnyOrder("governor", "volunteers", "Outlet D");
    }

    @Test
    void anIncidentWithoutFiguresHasNoEstimateAndNoContradiction() {
        Article a = article("a", "Outlet A", "2025-03-16");
        List<Claim> claims = List.of(claim(a, 0, EventType.ATTACKED, null, "police"));
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION);
        assertThat(s.estimates()).isEmpty();
        assertThat(s.contradictions()).isEmpty();
    }

    @Test
    void anArticleGivingTwoSourcesTollsShowsBoth() {
        Article ledger = article("ledger", "Eastern Ledger", "2025-03-18");
        List<Claim> claims = List.of(claim(ledger, 0, EventType.KILLED, exact(15), "State Emergency Service"),
                claim(ledger, 300, EventType.KILLED, exact(17), "volunteer rescue group"));
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION);
        assertThat(s.figures().get(EventType.KILLED)).extracting(f -> f.quantity().value()).containsExactlyInAnyOrder(15L, 17L);
        assertThat(s.estimates().get(0).best()).isEqualTo(15);
    }

    @Test
    void aCitywideTallyIsNotWeighedAgainstTheIncidentsToll() {
        Article a = article("a", "Outlet A", "2025-03-16");
        Article b = article("b", "Outlet B", "2025-03-16");
        List<Claim> claims = List.of(described(a, 0, EventType.KILLED, exact(2), null, "Two people were killed", "police"),
                described(b, 0, EventType.KILLED, exact(6), null,
                        "Six people were killed in shootings across the city since Friday night", "police sources"));
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION);
        assertThat(s.contradictions()).isEmpty();
        assertThat(s.estimates().get(0).high()).isEqualTo(2);
    }

    @Test
    void aFigureOfAnEarlierYearIsBackgroundNotTheIncidentsToll() {
        Article a = article("a", "Outlet A", "2016-03-02");
        List<Claim> claims = List.of(described(a, 0, EventType.KILLED, exact(1), null, "The girl died a short while later", "police"),
                described(a, 1, EventType.KILLED, exact(500), null,
                        "More than 500 people died in 2013 from accidental gunshots", "the CDC"));
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION);
        assertThat(s.estimates().get(0).best()).isEqualTo(1);
        assertThat(s.estimates().get(0).high()).isEqualTo(1);
    }

    @Test
    void sourcesGivingManyFiguresGiveOneLineTheirWidestPair() {
        Article a = article("a", "Outlet A", "2025-03-16");
        Article b = article("b", "Outlet B", "2025-03-16");
        Article c = article("c", "Outlet C", "2025-03-17");
        Article d = article("d", "Outlet D", "2025-03-17");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(1), "police"),
                claim(b, 0, EventType.KILLED, exact(2), "the mayor"),
                claim(c, 0, EventType.KILLED, exact(4), "the coroner"),
                claim(d, 0, EventType.KILLED, exact(5), "witnesses"));
        assertThat(IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION).contradictions()).singleElement()
                .satisfies(x -> assertThat(List.of(x.first().quantity().value(), x.second().quantity().value()))
                        .containsExactlyInAnyOrder(1L, 5L));
    }

    @Test
    void aRivalFigureNoLargerThanTheArticlesTollIsAPartNotADispute() {
        Article a = article("a", "Outlet A", "2016-07-30");
        Article b = article("b", "Outlet B", "2016-07-30");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(3), "police"),
                claim(a, 200, EventType.KILLED, exact(2), "a witness"),
                claim(b, 0, EventType.KILLED, exact(3), "the sheriff"));
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION);
        assertThat(s.contradictions()).isEmpty();
        assertThat(s.figures().get(EventType.KILLED)).extracting(f -> f.quantity().value()).contains(2L);
    }

    @Test
    void aRivalSourcesLargerTollInTheSameArticleIsADispute() {
        Article ledger = article("ledger", "Eastern Ledger", "2025-03-18");
        List<Claim> claims = List.of(claim(ledger, 0, EventType.KILLED, exact(15), "State Emergency Service"),
                claim(ledger, 300, EventType.KILLED, exact(17), "volunteer rescue group"));
        assertThat(IncidentSummary.of(incidentOf(claims), claims, NO_SYNDICATION).contradictions()).hasSize(1);
    }
}
