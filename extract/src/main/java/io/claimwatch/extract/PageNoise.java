package io.claimwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates an article's prose from the furniture of the crawled page it came in: the rules of
 * {@code patterns/page-noise.tsv} (video lists, photo counters, "Related:" lines, datelines) and runs of
 * headline-like lines (lists of other stories). Noise is blanked with spaces, so every offset into the text
 * stays valid and no claim can come from it.
 */
final class PageNoise {
    /** Where a rule's match is noise: the whole line, the matched start of it, or the matched end of it. */
    enum Scope { LINE, PREFIX, SUFFIX }

    /** One rule of the file. */
    record Rule(String name, Scope scope, Pattern pattern, String example) {
        boolean wholeLine() {
            return scope == Scope.LINE;
        }
    }

    /** A headline-like line has at most this many words. */
    static final int HEADLINE_WORDS = 15;
    /** This many headline-like lines in a row are a list of other stories. */
    static final int HEADLINE_RUN = 3;
    /** A run-in title starts this near the text's start (after a date or a byline). */
    static final int RUN_IN_REACH = 80;
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[.!?\"”’')\\]:;,]$");

    private final List<Rule> rules;

    private PageNoise(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static PageNoise load() {
        String path = "/patterns/page-noise.tsv";
        List<Rule> rules = new ArrayList<>();
        for (String line : RuleFile.lines(path)) {
            String[] cols = line.split("\t");
            if (cols.length != 4 || !cols[1].matches("line|prefix|suffix")) {
                throw new IllegalStateException(path + ": want name, line|prefix|suffix, regex, example: " + line);
            }
            rules.add(new Rule(cols[0], Scope.valueOf(cols[1].toUpperCase(Locale.ROOT)), Pattern.compile(cols[2]),
                    cols[3]));
        }
        return new PageNoise(rules);
    }

    List<Rule> rules() {
        return rules;
    }

    /** {@code text} with its page furniture replaced by spaces (same length, line breaks kept). */
    String mask(String text, String title) {
        text = breakAfterRunInTitle(text, title);
        List<int[]> lines = new ArrayList<>(); // [begin, end) of each non-blank line, trimmed
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int b = start;
            int e = end;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (b < e) {
                lines.add(new int[] {b, e});
            }
            start = end + 1;
        }
        char[] out = text.toCharArray();
        boolean[] noise = new boolean[lines.size()];
        markHeadlineRuns(text, lines, title, noise);
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            String line = text.substring(l[0], l[1]);
            int blankTo = noise[i] ? line.length() : noiseEnd(line);
            int blankFrom = noise[i] ? line.length() : Math.max(blankTo, noiseStart(line));
            for (int k = 0; k < line.length(); k++) {
                if ((k < blankTo || k >= blankFrom) && out[l[0] + k] != '\n') {
                    out[l[0] + k] = ' ';
                }
            }
        }
        return new String(out);
    }

    /**
     * Scraped pages often run the headline into the first sentence on one line ("US-led raids on Syria killed
     * 14 jihadists AFP Thursday 25 Sep 2014 A series of strikes..."): the splitter then reads headline, wire
     * dateline and lead as one sentence, and the parser misreads it. Where the title stands on the text's first
     * line followed by a space, that space becomes a line break (same length, so offsets hold).
     */
    static String breakAfterRunInTitle(String text, String title) {
        if (title == null || title.isBlank()) {
            return text;
        }
        String head = title.strip();
        int firstBreak = text.indexOf('\n');
        int firstLineEnd = firstBreak < 0 ? text.length() : firstBreak;
        int at = text.substring(0, Math.min(firstLineEnd, RUN_IN_REACH + head.length())).indexOf(head);
        int after = at + head.length();
        if (at < 0 || after >= firstLineEnd || text.charAt(after) != ' ' || FINAL_PUNCTUATION.matcher(head).find()) {
            return text;
        }
        return text.substring(0, after) + '\n' + text.substring(after + 1);
    }

    /** How many leading characters of {@code line} (trimmed) are noise: all of it, a prefix, or none. */
    int noiseEnd(String line) {
        int end = 0;
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(line);
            if (r.wholeLine() && m.matches()) {
                return line.length();
            }
            if (r.scope() == Scope.PREFIX && m.lookingAt()) {
                end = Math.max(end, m.end());
            }
        }
        return end;
    }

    /** Where the noise at the end of {@code line} (trimmed) starts: its length when there is none. */
    int noiseStart(String line) {
        int start = line.length();
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(line);
            if (r.scope() == Scope.SUFFIX && m.find()) {
                start = Math.min(start, m.start());
            }
        }
        return start;
    }

    private static void markHeadlineRuns(String text, List<int[]> lines, String title, boolean[] noise) {
        String own = title == null ? "" : normal(title);
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && isHeadlineLike(text.substring(lines.get(j)[0], lines.get(j)[1]))) {
                j++;
            }
            if (j - i >= HEADLINE_RUN) {
                for (int k = i; k < j; k++) {
                    String line = normal(text.substring(lines.get(k)[0], lines.get(k)[1]));
                    boolean ownHeadline = k == 0 || !own.isEmpty() && (line.startsWith(own) || own.startsWith(line));
                    noise[k] = !ownHeadline;
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** No final punctuation, a few words, a capital or a digit first: a headline, a menu item, a caption. */
    static boolean isHeadlineLike(String line) {
        String[] words = line.trim().split("\\s+");
        char first = line.isEmpty() ? ' ' : line.charAt(0);
        return !line.isBlank() && words.length <= HEADLINE_WORDS && !FINAL_PUNCTUATION.matcher(line).find()
                && (Character.isUpperCase(first) || Character.isDigit(first));
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
