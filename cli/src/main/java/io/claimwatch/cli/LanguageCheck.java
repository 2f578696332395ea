package io.claimwatch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap English check: English prose is about 40% function words ("the", "of", "and"); other languages,
 * even in Latin script, have almost none of these. Fast, deterministic, and needs no model.
 */
final class LanguageCheck {
    /** Below this share of English function words a text of any length is not English. */
    private static final double MIN_SHARE = 0.12;
    private static final int MIN_WORDS = 8;
    private final Set<String> functionWords = load();

    boolean isEnglish(String text) {
        int words = 0;
        int hits = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (functionWords.contains(w)) {
                hits++;
            }
            if (words >= 2000) {
                break;
            }
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(c -> c < 0x250 && Character.isLetter(c)).count();
        if (letters > 0 && latin * 2 < letters) {
            return false; // mostly Cyrillic, Arabic, CJK...
        }
        return words < MIN_WORDS || (double) hits / words >= MIN_SHARE;
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                LanguageCheck.class.getResourceAsStream("/english-function-words.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
