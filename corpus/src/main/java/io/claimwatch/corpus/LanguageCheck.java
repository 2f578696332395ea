package io.claimwatch.corpus;

import static com.github.pemistahl.lingua.api.Language.*;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.SortedMap;

/**
 * Is an article English? Claimwatch's lexicons, patterns and CoreNLP models are English-only, so other
 * languages are skipped with the language named.
 *
 * <p>Lingua (n-gram models) in low-accuracy mode, which loads only trigram models: fast and small, and
 * reliable from about {@value #SHORT} characters on. The candidates are languages common in news about armed
 * conflict (below); text in a language outside the set is called by the nearest one, which still marks it
 * "not English". Detection looks at the first {@value #SAMPLE} characters: more costs time and changes nothing.
 *
 * <p>Short texts where Lingua is unsure count as English (language null, not skipped): a headline or a
 * one-line snippet is mostly names ("Kyiv, Ukraine" scores as French), too few n-grams for a sure call, and
 * wrongly skipping an English article loses its claims silently, while extracting a non-English one only
 * finds (almost) nothing. "Unsure" means English scores at least {@value #UNSURE} of the winner's confidence.
 */
public final class LanguageCheck {
    static final int SHORT = 120;
    static final int SAMPLE = 2000;
    static final double UNSURE = 0.7;

    private static final Language[] CANDIDATES = {
        ENGLISH, FRENCH, GERMAN, SPANISH, PORTUGUESE, ITALIAN, DUTCH, POLISH, ROMANIAN, TURKISH, RUSSIAN,
        UKRAINIAN, ARABIC, PERSIAN, URDU, HEBREW, HINDI, CHINESE, JAPANESE, KOREAN, INDONESIAN, SWAHILI, SOMALI,
    };

    /** Built on first use and shared: the models take a second or two to load; the detector is thread-safe. */
    private LanguageCheck() {
    }

    private static final class Detector {
        static final LanguageDetector INSTANCE = LanguageDetectorBuilder.fromLanguages(CANDIDATES)
                .withLowAccuracyMode().build();
    }

    /** {@code language}: ISO 639-1 code or null when undetermined; {@code skipReason}: null when English enough. */
    public record Verdict(String language, String skipReason) {
    }

    /** Also used by the Spark job on JSON Lines and Parquet input, which does not go through the corpus readers. */
    public static Verdict of(String text) {
        String sample = sample(text).strip();
        SortedMap<Language, Double> confidence = Detector.INSTANCE.computeLanguageConfidenceValues(sample);
        if (confidence.isEmpty()) {
            return new Verdict(null, null); // no letters Lingua knows: digits, symbols...
        }
        Language best = confidence.firstKey(); // the map is sorted by confidence, highest first
        if (best == ENGLISH) {
            return new Verdict("en", null);
        }
        if (sample.length() < SHORT && confidence.getOrDefault(ENGLISH, 0.0) >= UNSURE) {
            return new Verdict(null, null);
        }
        return new Verdict(best.getIsoCode639_1().toString().toLowerCase(Locale.ROOT),
                "not English (detected: " + name(best) + ")");
    }

    private static String sample(String text) {
        if (text.length() <= SAMPLE) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(SAMPLE - 1)) ? SAMPLE - 1 : SAMPLE;
        return text.substring(0, end);
    }

    private static String name(Language language) {
        String n = language.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
