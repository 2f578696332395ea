package io.claimwatch.eval;

import io.claimwatch.model.ArticleRef;
import io.claimwatch.model.Claim;
import io.claimwatch.model.Event;
import io.claimwatch.model.EventType;
import io.claimwatch.model.Qualifier;
import io.claimwatch.model.Quantity;
import io.claimwatch.model.Span;
import io.claimwatch.model.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The naive regex baseline of the conflict-news scores, a port of ../shared/eval/score/naive_counts.py that
 * must find what it finds: a number (digits or a few words) and, within four words, killed / dead / died
 * (killed) or injured / wounded / hurt (injured). A reference point, not a peer, so it is not a rule file.
 *
 * <p>Python's {@code \w}, {@code \W}, {@code \b} and {@code \d} on text are Unicode letters, numbers and
 * the underscore; Java's differ (marks, other numbers), so they are spelt out below.
 */
final class NaiveCounts {
    /** The number words of naive_counts.py, in its order. */
    private static final Map<String, Integer> WORDS = words();
    private static final String WORD = "[\\p{L}\\p{N}_]";
    private static final String NON_WORD = "[^\\p{L}\\p{N}_]";
    private static final String BOUNDARY = "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";
    /** Longest word first, as Python's stable sort by length leaves them. */
    private static final Pattern FIGURE = Pattern.compile("(\\p{Nd}{1,4}|"
            + WORDS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote).collect(Collectors.joining("|"))
            + ")" + BOUNDARY + "(?:" + NON_WORD + "+" + WORD + "+){0,4}?" + NON_WORD
            + "+(killed|dead|died|injured|wounded|hurt)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private NaiveCounts() {
    }

    /** The baseline's claims in one article's text (spans in code points), killed and injured. */
    static List<Claim> claims(String docId, String text) {
        List<Claim> claims = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            Integer value = n.chars().allMatch(Character::isDigit) ? Integer.valueOf(Integer.parseInt(n)) : WORDS.get(n);
            if (value == null) {
                continue;
            }
            String cue = m.group(2).toLowerCase(Locale.ROOT);
            EventType type = cue.equals("killed") || cue.equals("dead") || cue.equals("died")
                    ? EventType.KILLED : EventType.INJURED;
            Span span = codePoints(text, m.start(), m.end());
            Quantity q = new Quantity(m.group(1), value, Qualifier.EXACT, (long) value, (long) value,
                    codePoints(text, m.start(1), m.end(1)));
            claims.add(new Claim("naive-" + span.start(), new ArticleRef(docId, null, null, null), m.group(), span,
                    new Event(type, null), q, null, null, null, null, List.of(), Status.ASSERTED, List.of()));
        }
        return claims;
    }

    private static Span codePoints(String text, int start, int end) {
        int s = text.codePointCount(0, start);
        return new Span(s, s + text.codePointCount(start, end));
    }

    private static Map<String, Integer> words() {
        Map<String, Integer> w = new LinkedHashMap<>();
        String[] numbers = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve"};
        for (int i = 0; i < numbers.length; i++) {
            w.put(numbers[i], i + 1);
        }
        for (String person : List.of("a man", "a woman", "a teen", "a boy", "a girl", "a person")) {
            w.put(person, 1);
        }
        return w;
    }
}
