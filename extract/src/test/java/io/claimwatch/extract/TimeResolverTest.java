package io.claimwatch.extract;

import static io.claimwatch.extract.Sentences.extractCount;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
