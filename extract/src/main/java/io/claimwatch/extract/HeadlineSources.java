package io.claimwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire headlines name their source in a tail after a dash or a colon ("..., 4 killed - eyewitnesses",
 * "Two soldiers killed in east Ukraine fighting: Kiev"); the rules are {@code patterns/headline-sources.tsv}.
 * The tail is blanked before parsing, because the parser reads it as the object of the verb ("killed ...
 * JFO HQ"), and the claims of its line get it as their source.
 */
final class HeadlineSources {
    /** One rule of the file: the tail pattern, an example line and the source it must give. */
    record Rule(String name, Pattern pattern, String example, String expected) {
    }

    /** A source tail of one line: the separator and the source, as [begin, end) offsets into the text. */
    record Tail(int lineBegin, int lineEnd, int separatorBegin, int separatorEnd, int sourceBegin, int sourceEnd,
                String source, String separator) {
        boolean covers(int begin) {
            return lineBegin <= begin && begin < lineEnd;
        }
    }

    static final int MAX_SOURCE_WORDS = 8;
    static final int MAX_COLON_SOURCE_WORDS = 4;
    static final int MIN_HEADLINE_WORDS = 3;
    /** A longer line is prose, whose dashes and colons are the writer's, not a wire headline's source tag. */
    static final int MAX_LINE_WORDS = 40;
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "has", "have",
            "had", "will", "would", "can", "could", "may", "might", "must", "should", "to", "not", "no");

    private final List<Rule> rules;
    private final Lexicons lexicons = Lexicons.get();

    private HeadlineSources(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static HeadlineSources load() {
        String path = "/patterns/headline-sources.tsv";
        List<Rule> rules = new ArrayList<>();
        for (String line : RuleFile.lines(path)) {
            String[] cols = line.split("\t");
            if (cols.length != 4) {
                throw new IllegalStateException(path + ": want name, regex, example, source: " + line);
            }
            rules.add(new Rule(cols[0], Pattern.compile(cols[1]), cols[2], cols[3]));
        }
        return new HeadlineSources(rules);
    }

    List<Rule> rules() {
        return rules;
    }

    /** The source tails of the text's lines. */
    List<Tail> find(String text) {
        List<Tail> tails = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            Tail t = tailOf(text, start, end);
            if (t != null) {
                tails.add(t);
            }
            start = end + 1;
        }
        return tails;
    }

    /** {@code text} with the tails blanked (same length). */
    static String mask(String text, List<Tail> tails) {
        char[] out = text.toCharArray();
        for (Tail t : tails) {
            for (int i = t.separatorBegin(); i < t.sourceEnd(); i++) {
                out[i] = ' ';
            }
        }
        return new String(out);
    }

    private Tail tailOf(String text, int lineBegin, int lineEnd) {
        int end = lineEnd;
        while (end > lineBegin && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
            end--;
        }
        String line = text.substring(lineBegin, end);
        if (words(line) > MAX_LINE_WORDS) {
            return null;
        }
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(line);
            if (!m.find()) {
                continue;
            }
            String source = m.group("source").strip();
            String body = line.substring(0, m.start("sep"));
            boolean colon = m.group("sep").contains(":");
            if (isSource(source, colon ? MAX_COLON_SOURCE_WORDS : MAX_SOURCE_WORDS) && words(body) >= MIN_HEADLINE_WORDS) {
                int sourceBegin = lineBegin + m.start("source") + (m.group("source").length()
                        - m.group("source").stripLeading().length());
                return new Tail(lineBegin, lineEnd, lineBegin + m.start("sep"), lineBegin + m.end("sep"),
                        sourceBegin, sourceBegin + source.length(), source, m.group("sep").strip());
            }
        }
        return null;
    }

    private boolean isSource(String source, int maxWords) {
        String[] words = source.split("\\s+");
        if (source.isEmpty() || words.length > maxWords || source.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (AUXILIARIES.contains(lower) || WordStems.isWordOf(lexicons.triggers(), lower) || WordStems.isWordOf(lexicons.cues(), lower)) {
                return false;
            }
        }
        String head = words[words.length - 1];
        String lowerHead = head.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(head.charAt(0)) || WordStems.isWordOf(lexicons.partyKinds(), lowerHead);
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
