package io.claimwatch.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/** Lower-cased word and number tokens: the unit of both shingles (syndication) and term vectors (incidents). */
final class Words {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']+|\\p{N}+");
    private static final Set<String> STOPWORDS = load("stopwords.txt");

    private Words() {
    }

    /**
     * The content words of {@code text}: {@link #of} without the stop words (stopwords.txt), stemmed (Lucene's
     * Snowball English stemmer): one report of a shooting says "accidentally shot", another "accidental
     * shooting", and both become "accident", "shot" / "shoot". GVA dev B-cubed recall 0.911 -> 0.926 with the age
     * terms, precision 0.951 -> 0.945 (see docs/EVALUATION.md).
     */
    static List<String> content(String text) {
        List<String> words = of(text);
        words.removeIf(STOPWORDS::contains);
        SnowballStemmer stemmer = new EnglishStemmer();  // it holds the word it works on: one per call
        words.replaceAll(w -> {
            stemmer.setCurrent(w);
            stemmer.stem();
            return stemmer.getCurrent();
        });
        return words;
    }

    private static final Pattern NAME = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\s+(?:\\p{Lu}\\.\\s+)?(\\p{Lu}\\p{Ll}+)\\b");

    /**
     * Two capitalised words in a row, neither a stop word ("Marcus Hale", "Bayberry Street"), as one term
     * ("marcus_hale"): a full name tells one story far better than its two words apart, each shared with other
     * stories ("Marcus", "Hale"). Overlapping pairs are all taken ("Officer Dana Reyes": "officer_dana",
     * "dana_reyes"), and a middle initial is skipped. Common pairs ("Police Department") are cut with the other
     * common terms. On GVA dev B-cubed precision 0.937 -> 0.947 at an unchanged recall: two shootings of one
     * city share its words, not its victims' names.
     */
    static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String a = m.group(1).toLowerCase(Locale.ROOT);
            String b = m.group(2).toLowerCase(Locale.ROOT);
            if (!STOPWORDS.contains(a) && !STOPWORDS.contains(b)) {
                names.add(a + "_" + b);
            }
            m.region(m.start(2), text.length());
        }
        return names;
    }

    /** "one" to "twelve", in order (age-number-words.txt). */
    private static final List<String> SMALL_NUMBERS = lines("age-number-words.txt");
    private static final Pattern AGE = Pattern.compile("(?i)\\b(\\d{1,3}|" + String.join("|", SMALL_NUMBERS)
            + ")[- ](year|month|week|day)s?[- ]old\\b");

    /**
     * Every age told as "N-year-old" (or months, weeks, days) as one term: "5-year-old" and "five-year-old" are
     * "age:5y". Apart, its words ("5", "year", "old") are in nearly every report; together they are the child of
     * the story, which a short report and a long one both name.
     */
    static List<String> ages(String text) {
        List<String> ages = new ArrayList<>();
        if (text == null) {
            return ages;
        }
        Matcher m = AGE.matcher(text);
        while (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int small = SMALL_NUMBERS.indexOf(n);
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            ages.add("age:" + (small >= 0 ? String.valueOf(small + 1) : n) + unit.charAt(0));
        }
        return ages;
    }

    /** Whether {@code term} is one of {@link #names}' full names. */
    static boolean isName(String term) {
        return term.indexOf('_') > 0;
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : lines(resource)) {
            words.addAll(Arrays.asList(line.split("\\s+")));
        }
        return Set.copyOf(words);
    }

    /**
     * Whether {@code text} holds one of {@code phrases} (lower case) as whole words, whatever the case and the
     * punctuation between them: "Weekend Shootings:" holds "shootings", "shootings-related" does not hold "shoot".
     */
    static boolean holdsPhrase(String text, List<String> phrases) {
        if (text == null) {
            return false;
        }
        String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        return phrases.stream().anyMatch(w -> t.contains(" " + w + " "));
    }

    /** The stripped, non-empty lines of a resource of this package that are not '#' comments. */
    static List<String> lines(String resource) {
        try (InputStream in = Words.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
