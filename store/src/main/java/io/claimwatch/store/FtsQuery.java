package io.claimwatch.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what a user types into an FTS5 MATCH expression that cannot be a syntax error: only runs of letters and
 * digits are kept, each inside double quotes (so AND, OR, NEAR, *, ^, : and brackets are just text).
 */
final class FtsQuery {
    /** Starts with a letter or digit: a lone combining mark would be a phrase of no token, which matches nothing. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*");

    /**
     * Words that stand for the same kind of party in a subject: "North Korean soldiers" and "North Korean troops"
     * are the same party, "Ukrainian soldiers" and "Ukrainian civilians" are not.
     */
    private static final List<Set<String>> INTERCHANGEABLE = List.of(
            Set.of("soldier", "soldiers", "troop", "troops", "serviceman", "servicemen", "servicemembers",
                    "personnel", "fighters", "forces", "military", "combatants"),
            Set.of("people", "persons", "individuals"));

    private static final Set<String> FILLER = Set.of("the", "a", "an", "of", "and", "from", "in");

    private FtsQuery() {
    }

    /** All words of the text, AND-ed, the last one a prefix; empty when the text has no word at all. */
    static Optional<String> search(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        for (String word : words) {
            terms.add(quote(word));
        }
        terms.set(terms.size() - 1, terms.get(terms.size() - 1) + "*");
        return Optional.of(String.join(" AND ", terms));
    }

    /**
     * The subjects naming a party: every word of the party in the subject column, where a word of a group of
     * {@link #INTERCHANGEABLE} ones may be any of its group, and filler words ("the", "of") are dropped.
     * Empty when the party has no word.
     */
    static Optional<String> subjectOf(String party) {
        List<String> terms = new ArrayList<>();
        for (String word : words(party)) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (FILLER.contains(lower)) {
                continue;
            }
            String alternatives = INTERCHANGEABLE.stream()
                    .filter(group -> group.contains(lower))
                    .findFirst()
                    .map(group -> group.stream().sorted().map(FtsQuery::quote).collect(Collectors.joining(" OR ")))
                    .orElse(quote(lower));
            terms.add("subject : (" + alternatives + ")");
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", terms));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            Matcher matcher = WORD.matcher(text);
            while (matcher.find()) {
                words.add(matcher.group());
            }
        }
        return words;
    }

    /** Words hold no quote, but doubling keeps this safe should WORD ever allow one. */
    private static String quote(String word) {
        return '"' + word.replace("\"", "\"\"") + '"';
    }
}
