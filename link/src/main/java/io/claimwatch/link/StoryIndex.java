package io.claimwatch.link;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages that list many stories (a police department's news releases, a daily police log): they share a word
 * with every story they list, so clustered they glue unrelated events together, and they are no incident.
 * A page is an index when it holds dated headlines (dated-headlines.txt) for {@link #MIN_DATES} or more
 * different dates; a story with two "UPDATE ... Jan. 8" lines or a row of tweets of one day is not.
 */
final class StoryIndex {
    static final int MIN_DATES = 3;
    private static final int MAX_HEADLINE_WORDS = 20;
    private static final Pattern DATED = load("dated-headlines.txt");

    private StoryIndex() {
    }

    static boolean isIndex(String text) {
        Set<String> dates = new HashSet<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.endsWith(".") || l.split("\\s+").length > MAX_HEADLINE_WORDS) {
                continue;
            }
            Matcher m = DATED.matcher(l);
            if (m.find()) {
                dates.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return dates.size() >= MIN_DATES;
    }

    /** The file's expressions as one alternation anchored at the end of the line. */
    private static Pattern load(String resource) {
        return Pattern.compile("(?:" + String.join("|", Words.lines(resource)) + ")\\s*$", Pattern.CASE_INSENSITIVE);
    }
}
