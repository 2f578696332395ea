package io.claimwatch.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.link.IncidentClustering.Doc;
import io.claimwatch.link.IncidentClustering.Point;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentClusteringTest {
    private static final LocalDate MONDAY = LocalDate.parse("2024-03-04");
    private static final Point MILLBROOK = new Point("millbrook", 40.10, -80.00);
    private static final Point MILLBROOK_ELSEWHERE = new Point("millbrook", 51.50, -0.20);
    private static final Point NEXT_TOWN = new Point("ashford", 40.30, -80.20);
    private static final Point OTHER_STATE = new Point("dunmore", 35.00, -97.00);

    /** Two reports sharing 3 of their 9 words: a cosine of about 0.17, above the threshold, under it less 0.06. */
    private static Doc report(String id, String own, List<Point> places, List<LocalDate> days) {
        List<String> words = new java.util.ArrayList<>(List.of("garfield", "porch", "teenagers"));
        for (int i = 0; i < 6; i++) {
            words.add(own + i);
        }
        return new Doc(id, MONDAY, words, places, days);
    }

    private static List<List<String>> cluster(Doc a, Doc b) {
        return IncidentClustering.cluster(List.of(a, b), List.of());
    }

    @Test
    void aFollowUpWeeksLaterNamingTheSamePersonLosesLessForItsDate() {
        // 4 shared terms of 9: a cosine of about 0.24; 45 days apart cost 0.15, which puts the pair under the
        // threshold, unless one shared term is a full name no third article has (then half of it)
        List<String> shared = List.of("garfield", "porch", "teenagers", "dana_okafor");
        List<String> plain = List.of("garfield", "porch", "teenagers", "okafor");
        assertThat(Words.isName("dana_okafor")).isTrue();
        assertThat(IncidentClustering.cluster(List.of(followUp("a", 0, shared), followUp("b", 45, shared)), List.of()))
                .containsExactly(List.of("a", "b"));
        assertThat(IncidentClustering.cluster(List.of(followUp("a", 0, plain), followUp("b", 45, plain)), List.of()))
                .hasSize(2);
    }

    @Test
    void aTrialMoreThanAYearLaterJoinsItsShootingOnlyWhenItNamesTheSamePerson() {
        // 6 shared terms of 11: a cosine of about 0.55, well over the threshold after the late penalty; the span
        // limit (MAX_SPAN_DAYS) keeps the two apart unless a shared term is a full name no third article has
        List<String> shared = List.of("garfield", "porch", "teenagers", "verdict", "jury", "marcus_hale");
        List<String> plain = List.of("garfield", "porch", "teenagers", "verdict", "jury", "hale");
        long later = IncidentClustering.MAX_SPAN_DAYS + 35;
        assertThat(IncidentClustering.cluster(List.of(followUp("a", 0, shared), followUp("b", (int) later, shared)),
                List.of())).containsExactly(List.of("a", "b"));
        assertThat(IncidentClustering.cluster(List.of(followUp("a", 0, plain), followUp("b", (int) later, plain)),
                List.of())).hasSize(2);
    }

    private static Doc followUp(String id, int daysLater, List<String> shared) {
        return new Doc(id, MONDAY.plusDays(daysLater), withOwn(id, shared, 5));
    }

    @Test
    void reportsSharingAFewRareWordsAreOneIncident() {
        assertThat(cluster(report("a", "a", List.of(), List.of()), report("b", "b", List.of(), List.of())))
                .containsExactly(List.of("a", "b"));
    }

    @Test
    void reportsOfOneCityThatDateTheirEventsDaysApartAreTwoIncidents() {
        Doc saturday = report("a", "a", List.of(MILLBROOK), List.of(MONDAY.minusDays(2)));
        Doc wednesday = report("b", "b", List.of(MILLBROOK), List.of(MONDAY.minusDays(5)));
        assertThat(cluster(saturday, wednesday)).hasSize(2);
    }

    @Test
    void saturdayNightAndEarlySundayAreOneDay() {
        Doc saturday = report("a", "a", List.of(), List.of(MONDAY.minusDays(2)));
        Doc sunday = report("b", "b", List.of(), List.of(MONDAY.minusDays(1)));
        assertThat(IncidentClustering.otherDays(saturday, sunday)).isFalse();
        assertThat(cluster(saturday, sunday)).containsExactly(List.of("a", "b"));
    }

    @Test
    void aReportThatDatesNothingIsNoConflict() {
        Doc dated = report("a", "a", List.of(), List.of(MONDAY.minusDays(2)));
        Doc undated = report("b", "b", List.of(), List.of());
        assertThat(IncidentClustering.dayAndPlaceCost(dated, undated)).isZero();
    }

    @Test
    void twoReportsOfOneDayGainWhatTwoOfOtherDaysLose() {
        Doc saturday = report("a", "a", List.of(), List.of(MONDAY.minusDays(2)));
        Doc sunday = report("b", "b", List.of(), List.of(MONDAY.minusDays(1)));
        Doc wednesday = report("c", "c", List.of(), List.of(MONDAY.minusDays(5)));
        assertThat(IncidentClustering.dayAndPlaceCost(saturday, sunday)).isEqualTo(-IncidentClustering.SAME_DAY_BONUS);
        assertThat(IncidentClustering.dayAndPlaceCost(saturday, wednesday)).isEqualTo(IncidentClustering.CONFLICT_PENALTY);
        // words alone a little under the threshold: the shared day carries the pair over it
        List<String> few = List.of("garfield", "porch");
        Doc shortReport = new Doc("d", MONDAY, withOwn("d", few, 8), List.of(), List.of(MONDAY.minusDays(2)));
        Doc longReport = new Doc("e", MONDAY, withOwn("e", few, 8), List.of(), List.of(MONDAY.minusDays(2)));
        Doc undatedReport = new Doc("f", MONDAY, withOwn("f", few, 8), List.of(), List.of());
        assertThat(IncidentClustering.cluster(List.of(shortReport, longReport), List.of()))
                .containsExactly(List.of("d", "e"));
        assertThat(IncidentClustering.cluster(List.of(shortReport, undatedReport), List.of())).hasSize(2);
    }

    @Test
    void twoReportsOfOneOutletNeedMoreSharedWordsThanTwoOutlets() {
        Doc a = report("a", "a", List.of(), List.of());
        Doc b = report("b", "b", List.of(), List.of());
        Doc sameOutlet = new Doc("b", MONDAY, b.words(), List.of(), List.of(), false, "wxyz.example");
        Doc otherOutlet = new Doc("b", MONDAY, b.words(), List.of(), List.of(), false, "kstp.example");
        Doc first = new Doc("a", MONDAY, a.words(), List.of(), List.of(), false, "wxyz.example");
        assertThat(IncidentClustering.sameOutlet(first, sameOutlet)).isTrue();
        assertThat(IncidentClustering.sameOutlet(first, otherOutlet)).isFalse();
        assertThat(IncidentClustering.sameOutlet(a, b)).as("no outlet known").isFalse();
        assertThat(cluster(first, otherOutlet)).containsExactly(List.of("a", "b"));
        assertThat(cluster(first, sameOutlet)).hasSize(2);
    }

    private static List<String> withOwn(String id, List<String> shared, int own) {
        List<String> words = new java.util.ArrayList<>(shared);
        for (int i = 0; i < own; i++) {
            words.add(id + i);
        }
        return words;
    }

    @Test
    void reportsPlacedInTownsOfTwoStatesAreTwoIncidents() {
        Doc here = report("a", "a", List.of(MILLBROOK), List.of());
        Doc there = report("b", "b", List.of(OTHER_STATE), List.of());
        assertThat(IncidentClustering.farApart(here, there)).isTrue();
        assertThat(cluster(here, there)).hasSize(2);
    }

    @Test
    void aNeighbouringTownOrOneNameReadTwoWaysIsNoConflict() {
        Doc here = report("a", "a", List.of(MILLBROOK), List.of());
        assertThat(IncidentClustering.farApart(here, report("b", "b", List.of(NEXT_TOWN), List.of()))).isFalse();
        assertThat(IncidentClustering.farApart(here, report("c", "c", List.of(MILLBROOK_ELSEWHERE), List.of()))).isFalse();
    }

    @Test
    void oneNearPlaceOutweighsOthersFarAway() {
        Doc here = report("a", "a", List.of(MILLBROOK), List.of());
        Doc withSuspectsHomeTown = report("b", "b", List.of(OTHER_STATE, NEXT_TOWN), List.of());
        assertThat(IncidentClustering.farApart(here, withSuspectsHomeTown)).isFalse();
    }

    @Test
    void aDistanceIsAGreatCircle() {
        // one degree of latitude is about 111 km
        assertThat(new Point("a", 40, -80).km(new Point("b", 41, -80))).isBetween(110.0, 112.5);
    }

    @Test
    void aRoundUpJoinsAnIncidentButBridgesNoTwo() {
        List<String> brightonPark = List.of("brighton", "archer", "sanchez", "porch");
        List<String> fernwood = List.of("fernwood", "wallace", "morgan", "basement");
        List<String> both = new java.util.ArrayList<>(brightonPark);
        both.addAll(fernwood);
        Doc a = new Doc("a", MONDAY, brightonPark);
        Doc b = new Doc("b", MONDAY, fernwood);
        Doc plain = new Doc("r", MONDAY, both);
        assertThat(IncidentClustering.cluster(List.of(a, b, plain), List.of())).hasSize(1);
        Doc roundUp = new Doc("r", MONDAY, both, List.of(), List.of(), true);
        // it shares as much with each: it joins the first, and the other stays apart
        assertThat(IncidentClustering.cluster(List.of(a, b, roundUp), List.of()))
                .containsExactlyInAnyOrder(List.of("a", "r"), List.of("b"));
    }
}
