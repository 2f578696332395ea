package io.claimwatch.link;

import static io.claimwatch.link.Claims.about;
import static io.claimwatch.link.Claims.atLeast;
import static io.claimwatch.link.Claims.claim;
import static io.claimwatch.link.Claims.claimOf;
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

    private static ArticleFacts facts(Function<String, String> reportGroup, Function<String, String> text,
                                      Function<String, String> title) {
        return ArticleFacts.of(reportGroup, text, title);
    }

    /** The summary of an incident of these claims: no article syndicated, no article text (a claim's own stands in). */
    private static IncidentSummary summary(List<Claim> claims) {
        return IncidentSummary.of(incidentOf(claims), claims, facts(NO_SYNDICATION, id -> "", id -> null));
    }

    /** The same with each article's text by its id. */
    private static IncidentSummary summary(List<Claim> claims, Function<String, String> textOf) {
        return IncidentSummary.of(incidentOf(claims), claims, facts(NO_SYNDICATION, textOf, id -> null));
    }

    private static List<Contradiction> contradictions(List<Claim> claims) {
        return summary(claims).contradictions();
    }

    /** The rule lines of a rule file next to IncidentSummary: no comments, no blank lines. */
    private static List<String> ruleLines(String resource) throws Exception {
        try (var in = IncidentSummary.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        }
    }

    @Test
    void twoOutletsQuotingOneSourceAreOneIndependentSource() {
        Article post = article("a", "New York Post", "2024-12-19");
        Article mail = article("b", "Daily Mail", "2024-12-19");
        List<Claim> claims = List.of(
                claim(post, 0, EventType.KILLED, atLeast(100), "National Intelligence Service", "The Telegraph"),
                claim(mail, 0, EventType.KILLED, atLeast(100), "National Intelligence Service", "The Telegraph"));
        IncidentSummary s = summary(claims);
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
        assertThat(summary(claims).corroboration()).isEqualTo(2);
    }

    @Test
    void syndicatedCopiesCountOnce() {
        Article wire = article("wire", "Wire", "2025-03-16");
        Article copy = article("copy", "Local Paper", "2025-03-16");
        List<Claim> claims = List.of(claim(wire, 0, EventType.KILLED, exact(5), "police"),
                claim(copy, 0, EventType.KILLED, exact(5), "police"));
        Map<String, String> groups = Map.of("wire", "wire", "copy", "wire");
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, facts(groups::get, id -> "", id -> null));
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
        IncidentSummary s = summary(claims);
        assertThat(s.contradictions()).singleElement().satisfies(x -> assertThat(x.type()).isEqualTo(EventType.KILLED));
    }

    @Test
    void aLowerBoundDoesNotContradictALargerEstimate() {
        Article a = article("a", "Outlet A", "2024-12-19");
        Article b = article("b", "Outlet B", "2024-12-20");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, atLeast(100), "NIS"),
                claim(b, 0, EventType.KILLED, about(300), "Pentagon"));
        assertThat(contradictions(claims)).isEmpty();
    }

    @Test
    void aSourceRevisingItsFigureIsAnUpdateNotAContradiction() {
        Article a = article("a", "Outlet A", "2025-03-16");
        Article b = article("b", "Outlet A", "2025-03-18");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(8), "governor"),
                claim(b, 0, EventType.KILLED, exact(12), "governor"));
        IncidentSummary s = summary(claims);
        assertThat(s.contradictions()).isEmpty();
        assertThat(s.figures().get(EventType.KILLED)).extracting(f -> f.quantity().value()).containsExactly(8L, 12L);
    }

    @Test
    void anArticleStandsForItsLargestHeadlineFigureNotItsPartialCounts() {
        Article a = article("a", "Outlet A", "2025-03-16");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(1)), claim(a, 50, EventType.KILLED, exact(3)),
                claim(a, 100, EventType.KILLED, exact(2)), claim(a, 2000, EventType.KILLED, exact(40)));
        IncidentSummary s = summary(claims);
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
        JsonNode json = ClaimJson.mapper().valueToTree(summary(claims));
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
        IncidentSummary s = summary(claims);
        assertThat(s.primarySources()).containsExactly("police");
    }

    @Test
    void pronounsAreNoSources() {
        Article a = article("a", "Outlet A", "2025-03-16");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(12), "They"));
        IncidentSummary s = summary(claims);
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
        IncidentSummary s = summary(claims);
        assertThat(s.primarySources()).containsExactly("Mark Francis", "police");
    }

    @Test
    void aDescriptionStandsForTheNameItIsWrittenBeside() {
        Article a = article("a", "Outlet A", "2025-03-16");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(12), "the regional governor"),
                claim(a, 80, EventType.KILLED, exact(2), "Ostap Verbytsky"));
        String text = "12 died, the regional governor said. Ostap Verbytsky, governor of the region, said two were children.";
        IncidentSummary s = summary(claims, id -> text);
        assertThat(s.primarySources()).containsExactly("Ostap Verbytsky");
    }

    @Test
    void aCountReadFromAPersonIsNotWeighedAgainstAToll() {
        Article a = article("a", "Outlet A", "2025-03-16");
        Article b = article("b", "Outlet B", "2025-03-16");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, stated("he", 1), "police"),
                claim(b, 0, EventType.KILLED, stated("five", 5), "sheriff"));
        assertThat(contradictions(claims)).isEmpty();
    }

    @Test
    void figuresAboutDifferentPartiesDoNotContradict() {
        Article a = article("a", "Outlet A", "2025-03-16");
        Article b = article("b", "Outlet B", "2025-03-16");
        List<Claim> claims = List.of(described(a, 0, EventType.KILLED, exact(3), "children", "3 children died", "police"),
                described(b, 0, EventType.KILLED, exact(12), "people", "12 people died", "governor"));
        assertThat(contradictions(claims)).isEmpty();
    }

    @Test
    void twoSourcesDisagreeingOnTwoTypesGiveOneLine() {
        Article a = article("a", "Outlet A", "2025-03-16");
        Article b = article("b", "Outlet B", "2025-03-17");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(8), "police"),
                claim(a, 50, EventType.INJURED, exact(20), "police"),
                claim(b, 0, EventType.KILLED, exact(12), "governor"),
                claim(b, 50, EventType.INJURED, exact(30), "governor"));
        assertThat(contradictions(claims)).singleElement()
                .satisfies(x -> assertThat(x.type()).isEqualTo(EventType.KILLED));
    }

    @Test
    void aSyndicatedCopyFoldsIntoTheEarliestReport() {
        Article copy = article("copy", "Local Paper", "2025-03-17");
        Article wire = article("wire", "Wire", "2025-03-16");
        List<Claim> claims = List.of(claim(copy, 0, EventType.KILLED, exact(5)), claim(wire, 0, EventType.KILLED, exact(5)));
        Map<String, String> groups = Map.of("wire", "wire", "copy", "wire");
        IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, facts(groups::get, id -> "", id -> null));
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
        Estimate e = summary(claims).estimates().get(0);
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
        IncidentSummary s = summary(claims);
        assertThat(s.estimates()).isEmpty();
        assertThat(s.contradictions()).isEmpty();
    }

    @Test
    void anArticleGivingTwoSourcesTollsShowsBoth() {
        Article ledger = article("ledger", "Eastern Ledger", "2025-03-18");
        List<Claim> claims = List.of(claim(ledger, 0, EventType.KILLED, exact(15), "State Emergency Service"),
                claim(ledger, 300, EventType.KILLED, exact(17), "volunteer rescue group"));
        IncidentSummary s = summary(claims);
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
        IncidentSummary s = summary(claims);
        assertThat(s.contradictions()).isEmpty();
        assertThat(s.estimates().get(0).high()).isEqualTo(2);
    }

    @Test
    void aFigureOfAnEarlierYearIsBackgroundNotTheIncidentsToll() {
        Article a = article("a", "Outlet A", "2016-03-02");
        List<Claim> claims = List.of(described(a, 0, EventType.KILLED, exact(1), null, "The girl died a short while later", "police"),
                described(a, 1, EventType.KILLED, exact(500), null,
                        "More than 500 people died in 2013 from accidental gunshots", "the CDC"));
        IncidentSummary s = summary(claims);
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
        assertThat(contradictions(claims)).singleElement()
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
        IncidentSummary s = summary(claims);
        assertThat(s.contradictions()).isEmpty();
        assertThat(s.figures().get(EventType.KILLED)).extracting(f -> f.quantity().value()).contains(2L);
    }

    @Test
    void aRivalSourcesLargerTollInTheSameArticleIsADispute() {
        Article ledger = article("ledger", "Eastern Ledger", "2025-03-18");
        List<Claim> claims = List.of(claim(ledger, 0, EventType.KILLED, exact(15), "State Emergency Service"),
                claim(ledger, 300, EventType.KILLED, exact(17), "volunteer rescue group"));
        assertThat(contradictions(claims)).hasSize(1);
    }

    @Test
    void anArticleStatingATollAndQuotingAnotherGivesNoDispute() {
        Article a = article("a", "Outlet A", "2021-05-02");
        List<Claim> claims = List.of(
                described(a, 0, EventType.KILLED, stated("three", 3), "people", "the gunman killed three people"),
                described(a, 400, EventType.KILLED, atLeast(4), null,
                        "at least four are dead, including the gunman", "the sheriff's office"));
        IncidentSummary s = summary(claims);
        assertThat(s.figures().get(EventType.KILLED)).extracting(f -> f.quantity().value()).containsExactly(3L, 4L);
        assertThat(s.contradictions()).isEmpty();
    }

    @Test
    void reportsWeeksApartAreNotWeighedAsADispute() {
        Article first = article("a", "Outlet A", "2021-03-01");
        Article near = article("b", "Outlet B", "2021-03-09");
        Article later = article("c", "Outlet C", "2021-03-20");
        List<Claim> claims = List.of(claim(first, 0, EventType.INJURED, exact(4), "police"),
                claim(later, 0, EventType.INJURED, exact(2), "the fire department"));
        assertThat(contradictions(claims)).isEmpty();
        List<Claim> within = List.of(claims.get(0), claim(near, 0, EventType.INJURED, exact(2), "the fire department"));
        assertThat(contradictions(within)).hasSize(1);
    }

    @Test
    void theWidestPairReachesAboveAnOpenBoundFromBelow() {
        Article a = article("a", "Outlet A", "2021-03-01");
        Article b = article("b", "Outlet B", "2021-03-01");
        Article c = article("c", "Outlet C", "2021-03-02");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, atLeast(20), "the ministry"),
                claim(b, 0, EventType.KILLED, exact(8), "the governor"),
                claim(c, 0, EventType.KILLED, exact(5), "a hospital"));
        assertThat(contradictions(claims)).singleElement()
                .satisfies(x -> assertThat(List.of(x.first().quantity().value(), x.second().quantity().value()))
                        .containsExactlyInAnyOrder(20L, 5L));
    }

    @Test
    void everyTallyPhraseExampleIsATally() throws Exception {
        Article a = article("a", "Outlet A", "2021-06-01");
        for (String example : examples("tally-phrases.txt")) {
            Claim tally = described(a, 0, EventType.KILLED, stated("2", 2), null, "2 killed");
            assertThat(IncidentSummary.isStated(tally, "Police said 2 killed")).isTrue();
            assertThat(IncidentSummary.isStated(tally, example)).as(example).isFalse();
        }
    }

    @Test
    void everyTallyWordExampleIsATally() throws Exception {
        Article a = article("a", "Outlet A", "2021-06-01");
        for (String example : examples("tally-words.txt")) {
            Claim tally = described(a, 0, EventType.CAPTURED, stated("2", 2), null, example);
            assertThat(IncidentSummary.isStated(tally)).as(example).isFalse();
            // in the sentence around the claim only, the words are no tally ("PREVIOUS: an earlier story")
            Claim near = described(a, 0, EventType.CAPTURED, stated("2", 2), null, "2 arrested");
            assertThat(IncidentSummary.isStated(near, example + ". 2 arrested")).as(example).isTrue();
        }
    }

    /** For each rule line of a rule file, the quoted example of the comment block above it that holds it. */
    private static List<String> examples(String resource) throws Exception {
        List<String> lines;
        try (var in = IncidentSummary.class.getResourceAsStream(resource)) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        List<String> out = new java.util.ArrayList<>();
        List<String> quotes = new java.util.ArrayList<>();  // the quotes of the comment block above
        boolean inBlock = false;
        for (String line : lines) {
            if (line.startsWith("#")) {
                if (!inBlock) {
                    quotes.clear();
                    inBlock = true;
                }
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(line);
                while (m.find()) {
                    quotes.add(m.group(1));
                }
                continue;
            }
            inBlock = false;
            if (line.isBlank()) {
                continue;
            }
            String example = quotes.stream().filter(x -> x.toLowerCase(java.util.Locale.ROOT).contains(line.strip()))
                    .findFirst().orElse(null);
            assertThat(example).as("an example of '%s' in %s", line, resource).isNotNull();
            out.add(example);
        }
        assertThat(out).as(resource).isNotEmpty();
        return out;
    }

    @Test
    void aTallyPhraseAfterTheFigureInItsSentenceMakesATally() {
        String text = "Police said. At least 17 others were wounded in separate shootings across the city since Friday.";
        Article a = new Article("a", text, "title", LocalDate.parse("2021-06-01"), "Outlet A", null);
        Article b = article("b", "Outlet B", "2021-06-01");
        Claim tally = claimOf(a, EventType.INJURED).at(text.indexOf("At least")).text("At least 17 others were wounded")
                .figure(atLeast("At least 17", 17)).build();
        List<Claim> claims = List.of(tally, claim(b, 0, EventType.INJURED, exact(4), "police"));
        Function<String, String> texts = id -> id.equals("a") ? text : "";
        IncidentSummary s = summary(claims, texts);
        assertThat(s.contradictions()).isEmpty();
        assertThat(s.estimates().get(0).high()).isEqualTo(4);
    }

    @Test
    void aRunningTotalOfArrestsIsNoIncidentsCount() {
        Article a = article("a", "Outlet A", "2021-06-01");
        Article b = article("b", "Outlet B", "2021-06-01");
        List<Claim> claims = List.of(described(a, 0, EventType.CAPTURED, stated("9", 9), null,
                        "bringing the sweep to 9 total arrests for carrying guns downtown"),
                claim(b, 0, EventType.CAPTURED, stated("Two", 2), "police"));
        IncidentSummary s = summary(claims);
        assertThat(s.contradictions()).isEmpty();
        assertThat(s.estimates().get(0).high()).isEqualTo(2);
    }

    @Test
    void aFigureDatedLongBeforeTheIncidentIsAnEarlierEvent() {
        Article a = article("a", "Outlet A", "2021-06-01");
        Article b = article("b", "Outlet B", "2021-06-02");
        Claim background = claimOf(a, EventType.INJURED).at(300).text("wounding 40 at a concert two years ago")
                .figure(stated("40", 40)).time("two years ago", "2019-05-30").build();
        List<Claim> claims = List.of(claim(a, 0, EventType.INJURED, exact(5)), background,
                claim(b, 0, EventType.INJURED, exact(5), "police"));
        Incident incident = new Incident("inc-1", "label", null, LocalDate.parse("2021-05-31"), LocalDate.parse("2021-06-02"),
                List.of("a", "b"), claims.stream().map(Claim::id).toList());
        IncidentSummary s = IncidentSummary.of(incident, claims, facts(NO_SYNDICATION, id -> "", id -> null));
        assertThat(s.figures().get(EventType.INJURED)).extracting(f -> f.quantity().value()).containsOnly(5L);
        assertThat(s.estimates().get(0).high()).isEqualTo(5);
    }

    @Test
    void theGunmansVictimsAgainstTheDeadIncludingHimIsNoDispute() {
        Article a = article("a", "Outlet A", "2021-06-01");
        Article b = article("b", "Outlet B", "2021-06-01");
        Article c = article("c", "Outlet C", "2021-06-02");
        Claim victims = claimOf(a, EventType.KILLED).text("the gunman who killed four people").figure(stated("four", 4))
                .actor("the gunman").build();
        List<Claim> claims = List.of(victims, claim(b, 0, EventType.KILLED, exact(5), "police"));
        assertThat(contradictions(claims)).isEmpty();
        // two more than the gunman's victims is no longer his own death
        List<Claim> more = List.of(victims, claim(c, 0, EventType.KILLED, exact(6), "police"));
        assertThat(contradictions(more)).hasSize(1);
    }

    @Test
    void anInjuredCountLargerByTheDeadCountsEveryoneShot() {
        Article a = article("a", "Outlet A", "2021-06-01");
        Article b = article("b", "Outlet B", "2021-06-01");
        Article c = article("c", "Outlet C", "2021-06-02");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(2), "police"),
                claim(a, 50, EventType.INJURED, exact(5), "police"),
                claim(b, 0, EventType.INJURED, exact(7), "the fire chief"));
        assertThat(contradictions(claims)).isEmpty();
        // a report that gives its own dead beside a larger injured count disagrees
        List<Claim> both = List.of(claims.get(0), claims.get(1), claims.get(2),
                claim(b, 50, EventType.KILLED, exact(2), "the fire chief"));
        assertThat(contradictions(both))
                .singleElement().satisfies(x -> assertThat(x.type()).isEqualTo(EventType.INJURED));
        // larger by more than the dead is a dispute
        List<Claim> wider = List.of(claims.get(0), claims.get(1), claim(c, 0, EventType.INJURED, exact(8), "a hospital"));
        assertThat(contradictions(wider)).hasSize(1);
    }

    @Test
    void aParentOfFiveIsNoFigure() throws Exception {
        List<String> words = ruleLines("parent-words.txt");
        Article a = article("a", "Outlet A", "2021-06-01");
        assertThat(words).contains("father");
        for (String w : words) {
            String text = w.substring(0, 1).toUpperCase() + w.substring(1) + " of 5 killed, 4 hospitalized after shooting";
            assertThat(IncidentSummary.isStated(described(a, 0, EventType.KILLED, stated("5", 5), null, text))).as(text).isFalse();
        }
        assertThat(IncidentSummary.isStated(described(a, 0, EventType.KILLED, stated("5", 5), null,
                "5 killed, 4 hospitalized after shooting"))).isTrue();
        // the parent word before the claim's own words, in its sentence
        Claim cut = described(a, 0, EventType.KILLED, stated("three", 3), null, "three who was shot and killed");
        assertThat(IncidentSummary.isStated(cut, "The family of a father of three who was shot and killed")).isFalse();
        assertThat(IncidentSummary.isStated(cut, "Police named three who was shot and killed")).isTrue();
    }

    @Test
    void attacksCountedInEventsAreNotWeighedAgainstPeopleStruck() {
        Article a = article("a", "Outlet A", "2021-06-01");
        Article b = article("b", "Outlet B", "2021-06-01");
        List<Claim> claims = List.of(attack(a, "two", 2, "shootings"), attack(b, "one", 1, "struck"));
        assertThat(contradictions(claims)).isEmpty();
        List<Claim> same = List.of(attack(a, "two", 2, "shootings"), attack(b, "three", 3, "shootings"));
        assertThat(contradictions(same)).hasSize(1);
    }

    private static Claim attack(Article a, String text, long n, String trigger) {
        return claimOf(a, EventType.ATTACKED).text(text + " " + trigger).figure(stated(text, n)).trigger(trigger)
                .from("police " + a.id()).build();
    }

    @Test
    void aHeadlineFigureOverARoundUpLedeIsATally() {
        String text = "Four separate shootings left two men dead and seven others hurt this weekend.";
        Article a = new Article("a", text, "2 dead, 7 hurt after shootings", LocalDate.parse("2021-06-01"), "Outlet A", null);
        Article b = article("b", "Outlet B", "2021-06-01");
        Claim title = claimOf(a, EventType.KILLED).text("2 dead, 7 hurt after shootings").figure(stated("2", 2)).inTitle()
                .build();
        List<Claim> claims = List.of(title, claim(b, 0, EventType.KILLED, exact(1), "police"));
        IncidentSummary s = summary(claims, id -> id.equals("a") ? text : "");
        assertThat(s.contradictions()).isEmpty();
        assertThat(s.estimates().get(0).high()).isEqualTo(1);
        // the same headline over a lede of one shooting stands
        String one = "A shooting at a party left two men dead and seven others hurt.";
        IncidentSummary t = summary(claims, id -> id.equals("a") ? one : "");
        assertThat(t.contradictions()).hasSize(1);
    }

    @Test
    void aQuotedLeadBelowTheOutletsOwnTotalIsAPart() {
        Article a = article("a", "Outlet A", "2021-06-01");
        Article b = article("b", "Outlet B", "2021-06-01");
        List<Claim> claims = List.of(
                described(a, 0, EventType.KILLED, stated("two", 2), "people", "killing two people on the porch", "a neighbour"),
                described(a, 100, EventType.KILLED, stated("three", 3), "people", "A total of three people were killed"),
                claim(b, 0, EventType.KILLED, stated("Three", 3), "police"));
        IncidentSummary s = summary(claims);
        assertThat(s.contradictions()).isEmpty();
        assertThat(s.figures().get(EventType.KILLED)).extracting(f -> f.quantity().value()).contains(2L, 3L);
        assertThat(s.estimates().get(0).high()).isEqualTo(3);
    }

    @Test
    void aFigureTheSentenceCountsBeyondIsAPart() throws Exception {
        Article a = article("a", "Outlet A", "2021-06-01");
        Article b = article("b", "Outlet B", "2021-06-01");
        List<String> ordinals = ruleLines("ordinal-words.txt");
        assertThat(ordinals).hasSizeGreaterThan(5);
        for (String line : ordinals) {
            String[] w = line.split("\\s+");
            long n = Long.parseLong(w[1]) - 1;
            String text = n + " men died at the scene and a " + w[0] + " one at a hospital";
            List<Claim> claims = List.of(described(a, 0, EventType.KILLED, stated(Long.toString(n), n), "men", text),
                    described(b, 0, EventType.KILLED, stated(Long.toString(n + 1), n + 1), "men", (n + 1) + " men died", "police"));
            assertThat(contradictions(claims)).as(text).isEmpty();
        }
        // an ordinal that is not the next number counts something else
        List<Claim> other = List.of(described(a, 0, EventType.KILLED, stated("3", 3), "men", "3 men died at the scene and a sixth one later"),
                described(b, 0, EventType.KILLED, stated("4", 4), "men", "4 men died", "police"));
        assertThat(contradictions(other)).hasSize(1);
        // one more told under the same event word after the figure: the figure is not the whole
        Claim police = described(b, 0, EventType.INJURED, stated("7", 7), "people", "7 people were injured", "police");
        for (String beyond : List.of("and another was injured trying to flee", "and one more man was injured later")) {
            String text = "Six other people were injured in the shooting " + beyond;
            Claim six = claimOf(a, EventType.INJURED).text(text).figure(stated("Six", 6)).trigger("injured").build();
            assertThat(contradictions(List.of(six, police))).as(text).isEmpty();
        }
        Claim killedToo = claimOf(a, EventType.INJURED).text("Six people were injured in the shooting and another killed")
                .figure(stated("Six", 6)).trigger("injured").build();
        assertThat(contradictions(List.of(killedToo, police))).hasSize(1);
        // "One of five people hurt ... has died": the five are not all hurt any more
        List<Claim> whole = List.of(described(a, 0, EventType.INJURED, stated("five", 5), "people",
                        "One of five people hurt in a shooting on Sunday night has died"),
                described(b, 0, EventType.INJURED, stated("4", 4), null, "4 hurt in shooting", "police"));
        assertThat(contradictions(whole)).isEmpty();
    }

    @Test
    void aFigureCutFromItsHeadIsNoFigure() {
        Article a = article("a", "Outlet A", "2021-06-01");
        assertThat(IncidentSummary.isStated(described(a, 0, EventType.KILLED, stated("5", 5), null, "of 5 killed, 4 hospitalized")))
                .isFalse();
        assertThat(IncidentSummary.isStated(described(a, 0, EventType.KILLED, stated("5", 5), null, "5 killed, 4 hospitalized")))
                .isTrue();
    }

    @Test
    void theGunmansOwnDeathToldInAReportExplainsOneMore() throws Exception {
        List<String> phrases = ruleLines("perpetrator-deaths.txt");
        assertThat(phrases).hasSizeGreaterThan(5);
        Article a = article("a", "Outlet A", "2021-06-01");
        Article b = article("b", "Outlet B", "2021-06-01");
        List<Claim> claims = List.of(claim(a, 0, EventType.KILLED, exact(3), "police"), claim(b, 0, EventType.KILLED, exact(4), "the coroner"));
        for (String p : phrases) {
            String text = "Three people were killed at the mall on Sunday, police said, " + p + " later.";
            IncidentSummary s = summary(claims, id -> id.equals("a") ? text : "");
            assertThat(s.contradictions()).as(text).isEmpty();
        }
        IncidentSummary plain = summary(claims, id -> "Three people were killed at the mall on Sunday, police said.");
        assertThat(plain.contradictions()).hasSize(1);
        // two more than the other is no longer the gunman alone
        List<Claim> wider = List.of(claims.get(0), claim(b, 0, EventType.KILLED, exact(5), "the coroner"));
        assertThat(summary(wider, id -> "He killed himself.").contradictions())
                .hasSize(1);
    }

    @Test
    void someonesOwnAreOneGroupOfTheVictims() {
        Article a = article("a", "Outlet A", "2021-06-01");
        Article b = article("b", "Outlet B", "2021-06-01");
        List<Claim> claims = List.of(described(a, 0, EventType.KILLED, stated("two", 2), "sons", "the man killed his two sons"),
                described(b, 0, EventType.KILLED, stated("four", 4), "sons", "four sons were killed", "police"));
        assertThat(contradictions(claims)).isEmpty();
        List<Claim> plain = List.of(described(a, 0, EventType.KILLED, stated("two", 2), "sons", "the man killed two sons"),
                claims.get(1));
        assertThat(contradictions(plain)).hasSize(1);
    }

    @Test
    void othersOfTheWoundedAreAPart() throws Exception {
        Article a = article("a", "Outlet A", "2021-06-01");
        Article b = article("b", "Outlet B", "2021-06-01");
        Claim three = described(b, 0, EventType.INJURED, stated("three", 3), "others", "three others were hospitalized", "police");
        String part = "Three were taken to hospital, where one is in critical condition and two others were treated";
        List<Claim> claims = List.of(described(a, 0, EventType.INJURED, stated("two", 2), "others", part), three);
        assertThat(contradictions(claims)).isEmpty();
        List<String> deaths = ruleLines("death-words.txt");
        assertThat(deaths).contains("died");
        for (String w : deaths) {
            String text = "One man " + w + " and two others were treated";  // others than the dead: the wounded
            List<Claim> whole = List.of(described(a, 0, EventType.INJURED, stated("two", 2), "others", text), three);
            assertThat(contradictions(whole)).as(text).hasSize(1);
        }
        List<Claim> alone = List.of(described(a, 0, EventType.INJURED, stated("Two", 2), "others", "Two others were treated"), three);
        assertThat(contradictions(alone)).hasSize(1);
    }

    @Test
    void everyRoundUpExampleIsARoundUpWhoseFiguresAreNotWeighed() throws Exception {
        Article a = article("a", "Outlet A", "2021-06-01");
        Article b = article("b", "Outlet B", "2021-06-01");
        List<Claim> claims = List.of(described(a, 0, EventType.KILLED, stated("2", 2), "people", "2 people were killed"),
                described(b, 0, EventType.KILLED, stated("Four", 4), "people", "Four people were killed", "police"));
        assertThat(RoundUp.isRoundUp("Two killed in Brighton Park shooting")).isFalse();
        assertThat(IncidentSummary.of(incidentOf(claims), claims, facts(NO_SYNDICATION, id -> "", id -> "Two killed in shooting"))
                .contradictions()).hasSize(1);
        for (String example : examples("round-up-titles.txt")) {
            assertThat(RoundUp.isRoundUp(example)).as(example).isTrue();
            IncidentSummary s = IncidentSummary.of(incidentOf(claims), claims, facts(NO_SYNDICATION, id -> "",
                    id -> id.equals("b") ? example : "Two killed in shooting"));
            assertThat(s.contradictions()).as(example).isEmpty();
            assertThat(s.figures().get(EventType.KILLED)).as(example).extracting(f -> f.quantity().value())
                    .contains(2L, 4L);  // shown by source all the same
        }
    }

    @Test
    void aReportPublishedBeforeTheOtherFiguresEventIsNoDispute() {
        Article sunday = article("a", "Outlet A", "2014-06-01");
        Article wednesday = article("b", "Outlet B", "2014-06-04");
        Claim five = described(sunday, 0, EventType.INJURED, stated("five", 5), "people", "five people were injured", "police");
        Claim two = claimOf(wednesday, EventType.INJURED).text("two people were wounded in a shooting Wednesday")
                .figure(stated("two", 2)).time("Wednesday", "2014-06-04").from("the coroner").build();
        assertThat(contradictions(List.of(five, two))).isEmpty();
        // dated to the day of the first report, it is the same shooting told twice
        Claim same = claimOf(wednesday, EventType.INJURED).text("two people were wounded in a shooting Sunday")
                .figure(stated("two", 2)).time("Sunday", "2014-06-01").from("the coroner").build();
        assertThat(contradictions(List.of(five, same))).hasSize(1);
    }
}
