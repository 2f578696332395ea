package io.claimwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void promisesNoTimeLeftWhileTheInputIsStillBeingRead() {
        String line = ProgressBar.line(40, 48, false, 300, 10);
        assertThat(line).contains("40 articles").contains("4.0/s").contains("still reading").doesNotContain("left");
    }

    @Test
    void onceEverythingIsReadShowsTheShareDoneAndTheTimeLeft() {
        String line = ProgressBar.line(50, 200, true, 600, 25);
        assertThat(line).startsWith("[" + "#".repeat(7) + ".".repeat(23) + "]")
                .contains("50/200 articles").contains("2.0/s").contains("1m15s left");
    }
}
