package io.claimwatch.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence says about one of its time expressions beyond SUTime's value: whether it looks ahead (a
 * future cue of lexicon/future-cues.tsv a few words before it), whether the sentence is about a quarter
 * ("a year ago" in an earnings report is the year-ago quarter), and whether the expression is a title.
 */
final class TimeCues {
    /** How many words before the time expression a future cue still governs it. */
    private static final int REACH = 12;
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern QUARTER = Pattern.compile("(?i)\\bquarter(ly)?\\b");
    private static final Pattern ORDINAL_QUARTER =
            Pattern.compile("(?i)\\b(first|second|third|fourth)[- ]+(?:fiscal[- ]+)?quarter");
    private static final Pattern TITLE = Pattern.compile("(This|Next|Last) (Week|Month|Year)");

    private final Lexicon future = Lexicon.load("future-cues");
    private final List<String[]> phrases = future.phrases();

    /**
     * The reading of the time expression that starts at token {@code first} of {@code tokens}; {@code following}
     * is the text right after it, {@code preceding} the article text before the sentence (earnings reports name
     * the quarter in the sentence before "a year ago").
     */
    TimeResolver.Reading read(List<CoreLabel> tokens, int first, String following, String preceding) {
        boolean ahead = false;
        boolean possessive = POSSESSIVE.matcher(following).lookingAt();
        for (int i = first - 1; i >= Math.max(0, first - REACH) && !ahead && !possessive; i--) {
            String w = ParsedSentence.lower(tokens.get(i));
            if (w.equals(",") || w.equals(";")) {
                break;
            }
            ahead = future.contains(w) || phraseAt(tokens, i, first);
        }
        boolean inSentence = tokens.stream().map(ParsedSentence::lower).anyMatch(w -> QUARTER.matcher(w).find());
        String sentence = tokens.stream().map(CoreLabel::word).reduce((a, b) -> a + " " + b).orElse("");
        int quarter = lastOrdinalQuarter(sentence);
        if (quarter == 0) {
            quarter = lastOrdinalQuarter(preceding);
        }
        return new TimeResolver.Reading(ahead, inSentence || QUARTER.matcher(preceding).find(), inSentence, quarter,
                following);
    }

    /** 1-4 for the last "third quarter", "third-quarter", "fiscal-first quarter" of {@code text}, else 0. */
    private static int lastOrdinalQuarter(String text) {
        Matcher m = ORDINAL_QUARTER.matcher(text);
        int found = 0;
        while (m.find()) {
            found = List.of("first", "second", "third", "fourth").indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
        }
        return found;
    }

    /** "This Week", "Next Year" in capitals after the sentence's first word: a programme or a headline. */
    static boolean isTitle(String text, boolean sentenceInitial) {
        return !sentenceInitial && TITLE.matcher(text).matches();
    }

    private boolean phraseAt(List<CoreLabel> tokens, int at, int limit) {
        for (String[] p : phrases) {
            if (at + p.length > limit) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < p.length && all; k++) {
                all = p[k].equals(ParsedSentence.lower(tokens.get(at + k)));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
