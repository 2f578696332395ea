package io.claimwatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineCheckTest {
    @Test
    void aTitleTheOpeningRepeatsNeedsNoReading() {
        assertThat(HeadlineCheck.titleNeedsReading("Two soldiers killed in shelling near the town",
                "12 May 2016 Two soldiers killed in shelling near the town. The army said the shelling began at dawn."))
                .isFalse();
    }

    @Test
    void aTitleWithWordsOfItsOwnNeedsReading() {
        assertThat(HeadlineCheck.titleNeedsReading("Market bombed in the capital",
                "Police closed the roads around the square on Sunday after the attack.")).isTrue();
        assertThat(HeadlineCheck.titleNeedsReading(null, "Any text.")).isFalse();
    }

    @Test
    void aTitleWhoseFigureTheOpeningLacksNeedsReading() {
        assertThat(HeadlineCheck.titleNeedsReading("20 people killed 30 others injured in car bomb in the east",
                "A car bomb killed at least 26 people in the east of the country on Sunday and 30 others were injured"
                        + " in the attack near the checkpoint, the monitor said.")).isTrue();
    }
}
