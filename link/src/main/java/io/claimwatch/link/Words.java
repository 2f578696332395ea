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

/** Lower-cased word and number tokens: the unit of both shingles (syndication) and term vectors (incidents). */
final class Words {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']+|\\p{N}+");
    private static final Set<String> STOPWORDS = load("stopwords.txt");

    private Words() {
    }

    /** The content words of {@code text}: {@link #of} without the stop words (stopwords.txt). */
    static List<String> content(String text) {
        List<String> words = of(text);
        words.removeIf(STOPWORDS::contains);
        return words;
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
