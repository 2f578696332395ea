package io.claimwatch.extract;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Does the text already say what its title says? Many pages repeat the headline as their first line. */
final class HeadlineCheck {
    /** Share of the title's words that the text's opening must hold for the title to count as repeated. */
    static final double REPEATED = 0.8;

    private HeadlineCheck() {
    }

    /** True when the title is not blank and the opening of the text does not repeat it. */
    static boolean titleNeedsReading(String title, String text) {
        if (title == null || title.isBlank()) {
            return false;
        }
        List<String> titleWords = words(title);
        if (titleWords.isEmpty()) {
            return false;
        }
        List<String> textWords = words(text);
        // the headline stands within the first lines: a dateline, a date or a kicker may come before it
        Set<String> opening = new HashSet<>(textWords.subList(0, Math.min(textWords.size(), titleWords.size() * 2 + 30)));
        long repeated = titleWords.stream().filter(opening::contains).count();
        // "20 people killed 30 others injured in car bomb" above "A car bomb killed at least 26 people ... 30
        // injured": the words are there, the headline's figure is not, so the headline says something of its own
        boolean figuresRepeated = titleWords.stream().filter(HeadlineCheck::isFigure).allMatch(opening::contains);
        return repeated < REPEATED * titleWords.size() || !figuresRepeated;
    }

    private static boolean isFigure(String word) {
        return word.chars().allMatch(Character::isDigit);
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
