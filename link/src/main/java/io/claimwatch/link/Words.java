package io.claimwatch.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lower-cased word and number tokens: the unit of both shingles (syndication) and term vectors (incidents). */
final class Words {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']+|\\p{N}+");

    private Words() {
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
}
