package io.claimwatch.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms a lexicon key may take in running text, for lookups where no lemmatiser has run (headlines before
 * tagging, source tails): "killed", "killing", "kills" -> "kill"; "injures" -> "injure"; "casualties" ->
 * "casualty"; "shelled" -> "shell"; "shooting" -> "shoot".
 */
final class WordStems {
    private WordStems() {
    }

    /** {@code lowerWord} itself first, then the word without a plural or verb ending, each form once. */
    static List<String> of(String lowerWord) {
        String w = lowerWord;
        Set<String> forms = new LinkedHashSet<>(List.of(w,
                w.replaceFirst("(ed|ing|s|es|d)$", ""),
                w.replaceFirst("s$", ""),
                w.replaceFirst("(ied|ies)$", "y"),
                w.replaceFirst("(ed|ing)$", "e"),
                w.replaceFirst("(\\w)\\1(ed|ing)$", "$1")));
        forms.remove("");
        return List.copyOf(forms);
    }

    /** The word, or one of its stems, is a key of {@code lexicon}. */
    static boolean isWordOf(Lexicon lexicon, String lowerWord) {
        return of(lowerWord).stream().anyMatch(lexicon::contains);
    }
}
