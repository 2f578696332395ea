package io.claimwatch.link;

import java.util.List;

/**
 * A report that rounds up many events ("8 Dead, 27 Wounded In Weekend Shootings Across Chicago"): it names
 * words of each, so in clustering it may join one of them but is no bridge between two (round-up-titles.txt).
 */
final class RoundUp {
    private static final List<String> TITLE_WORDS = Words.lines("round-up-titles.txt");

    private RoundUp() {
    }

    static boolean isRoundUp(String title) {
        return Words.holdsPhrase(title, TITLE_WORDS);
    }
}
