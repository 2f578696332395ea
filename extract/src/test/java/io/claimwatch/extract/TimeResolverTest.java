package io.claimwatch.extract;

import static io.claimwatch.extract.Sentences.extractCount;
import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeResolverTest {
    private final TimeResolver resolver = new TimeResolver();
    private static final LocalDate THURSDAY = LocalDate.of(2024, 12, 19);

    @Test
    void aWeekdayAfterPublicationMovesBackAWeek() {
        // SUTime puts "Saturday" in the week of publication: 2024-12-21, after a Thursday publication
        var days = resolver.resolve("2024-12-21", "Saturday", THURSDAY);
        assertThat(days.start()).isEqualTo(LocalDate.of(2024, 12, 14));
    }

    @Test
    void theSameWeekdayIsThePublicationDay() {
        assertThat(resolver.resolve("2024-12-19", "on Thursday", THURSDAY).start()).isEqualTo(THURSDAY);
    }

    @Test
    void theWeekendIsTheSaturdayAndSundayBefore() {
        var days = resolver.resolve("2024-W51-WE", "over the weekend", THURSDAY);
        assertThat(days.start()).isEqualTo(LocalDate.of(2024, 12, 14));
        assertThat(days.end()).isEqualTo(LocalDate.of(2024, 12, 15));
    }

    @Test
    void aDateWithoutAYearAfterPublicationIsLastYear() {
        assertThat(resolver.resolve("XXXX-12-25", "on December 25", THURSDAY).start())
                .isEqualTo(LocalDate.of(2023, 12, 25));
    }

    @Test
    void aMonthIsItsDays() {
        var days = resolver.resolve("2024-11", "in November", THURSDAY);
        assertThat(days.start()).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(days.end()).isEqualTo(LocalDate.of(2024, 11, 30));
    }

    @Test
    void durationsAreNotCalendarTimes() {
        assertThat(resolver.resolve("P3D", "three days", THURSDAY)).isNull();
    }

    @Test
    void aPastTenseSaturdayInAnArticleResolvesBeforePublication() {
        var time = extractCount("Eleven soldiers were killed on Saturday, the army said.").time();
        assertThat(time.start()).isEqualTo(LocalDate.of(2024, 12, 14));
    }

    @Test
    void yesterdayIsTheDayBeforePublication() {
        var time = extractCount("Three civilians were wounded yesterday, officials said.").time();
        assertThat(time.start()).isEqualTo(LocalDate.of(2024, 12, 18));
    }

    private static TimeResolver.Reading ahead() {
        return new TimeResolver.Reading(true, false, false, 0, "");
    }

    @Test
    void aWeekdayThatASentenceLooksAheadToIsTheNextOne() {
        // "trading resumes in Paris Tuesday" after "is to", published on a Thursday
        var days = resolver.resolve("2024-12-17", "Tuesday", THURSDAY, ahead());
        assertThat(days.start()).isEqualTo(LocalDate.of(2024, 12, 24));
    }

    @Test
    void nextWeekStaysAfterPublication() {
        var days = resolver.resolve("2024-W52", "next week", THURSDAY);
        assertThat(days.start()).isEqualTo(LocalDate.of(2024, 12, 23));
        assertThat(days.end()).isEqualTo(LocalDate.of(2024, 12, 29));
    }

    @Test
    void aQuarterIsItsThreeMonths() {
        var days = resolver.resolve("2024-Q3", "the third quarter", THURSDAY);
        assertThat(days.start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(days.end()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void aYearAgoInASentenceAboutAQuarterIsThatQuarterAYearBefore() {
        var reading = new TimeResolver.Reading(false, true, false, 0, " ");
        var days = resolver.resolve("2023-12-19", "a year ago", THURSDAY, reading);
        assertThat(days.start()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(days.end()).isEqualTo(LocalDate.of(2023, 9, 30));
        // SUTime reads "the year" of "the year-ago quarter"
        var yearAgo = resolver.resolve("2024", "the year", THURSDAY, new TimeResolver.Reading(false, true, false, 0, "-ago quarter"));
        assertThat(yearAgo.start()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(resolver.resolve("2024", "the year", THURSDAY).start()).isEqualTo(LocalDate.of(2024, 1, 1));
        // "the fiscal-first quarter ... a year ago": the quarter named
        var first = resolver.resolve("2023-12-19", "a year ago", THURSDAY, new TimeResolver.Reading(false, true, false, 1, ""));
        assertThat(first.start()).isEqualTo(LocalDate.of(2023, 1, 1));
    }

    @Test
    void lastJuneIsTheLatestJuneBeforePublication() {
        var days = resolver.resolve("2023-06", "last June", THURSDAY);
        assertThat(days.start()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(resolver.resolve("2023-12", "last December", THURSDAY).start()).isEqualTo(LocalDate.of(2023, 12, 1));
    }

    @Test
    void theMonthJustGoneNamedWithLastIsTheYearBefores() {
        // in December one says "last month" for November: "last November" is a year back
        assertThat(resolver.resolve("2024-11", "last November", THURSDAY).start()).isEqualTo(LocalDate.of(2023, 11, 1));
    }

    @Test
    void aDayAfterLastMonthIsThatDay() {
        var reading = new TimeResolver.Reading(false, false, false, 0, " 23 at his h");
        var days = resolver.resolve("2024-10", "last Oct.", THURSDAY, reading);
        assertThat(days.start()).isEqualTo(LocalDate.of(2024, 10, 23)).isEqualTo(days.end());
        // a figure after the month is no day
        assertThat(resolver.resolve("2024-10", "last Oct.", THURSDAY, new TimeResolver.Reading(false, false, false, 0, " 2024")).start())
                .isEqualTo(LocalDate.of(2024, 10, 1));
    }

    @Test
    void aCalendarValueIntersectedWithAPeriodIsTheCalendarValue() {
        assertThat(resolver.resolve("THIS P1D INTERSECT XXXX-11-03", "Nov. 3, the day before", THURSDAY).start())
                .isEqualTo(LocalDate.of(2024, 11, 3));
        assertThat(resolver.resolve("2024 INTERSECT P1Y", "year this year", THURSDAY).end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(resolver.resolve("THIS P1D INTERSECT P1W", "the day this week", THURSDAY)).isNull();
    }

    @Test
    void thePastYearIsTheYearBefore() {
        assertThat(resolver.resolve("2024", "over the past year", THURSDAY).start()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(resolver.resolve("2024", "this year", THURSDAY).start()).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void aDecadeIsItsTenYears() {
        var days = resolver.resolve("199X", "the mid-1990s", THURSDAY);
        assertThat(days.start()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(days.end()).isEqualTo(LocalDate.of(1999, 12, 31));
    }

    @Test
    void aFutureCueBeforeTheTimeLooksAhead() {
        TimeCues cues = new TimeCues();
        var s = words("The stock is to resume trading in Paris Tuesday .");
        assertThat(cues.read(s, s.size() - 2, "", "").future()).isTrue();
        var past = words("The stock resumed trading in Paris Tuesday .");
        assertThat(cues.read(past, past.size() - 2, "", "").future()).isFalse();
        var clause = words("They would appeal the decision , announced Wednesday .");
        assertThat(cues.read(clause, clause.size() - 2, "", "").future()).isFalse();
        var ruling = words("They would get around Wednesday 's ruling .");
        assertThat(cues.read(ruling, ruling.size() - 4, "'s ruling", "").future()).isFalse();
    }

    @Test
    void aClaimAboutADeploymentThatWouldComeKeepsItsFutureDay() {
        var time = extractCount("Officials said 200 troops would be deployed to the border on Monday.").time();
        assertThat(time.start()).isEqualTo(LocalDate.of(2024, 12, 23));
    }

    private static List<CoreLabel> words(String text) {
        return Arrays.stream(text.split(" ")).map(w -> {
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            return t;
        }).toList();
    }

    @Test
    void aCapitalisedThisWeekInsideASentenceIsATitle() {
        assertThat(TimeCues.isTitle("This Week", false)).isTrue();
        assertThat(TimeCues.isTitle("This week", false)).isFalse();
        assertThat(TimeCues.isTitle("This Week", true)).isFalse();
    }
}
