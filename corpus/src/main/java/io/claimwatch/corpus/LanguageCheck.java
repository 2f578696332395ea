package io.claimwatch.corpus;

import static com.github.pemistahl.lingua.api.Language.*;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Set;
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

    /**
     * Loads the detector and the models an English article needs (those of the Latin-script candidates: the
     * detector loads a language's model when a text first needs it) now, a few seconds, e.g. on a thread of its
     * own while CoreNLP loads, instead of in the reader on the first article while the extraction threads wait.
     */
    public static void preload() {
        Detector.INSTANCE.computeLanguageConfidenceValues(
                "Officials said at least twelve people were killed when the bridge over the river collapsed.");
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
        if (sample.length() < LONG && englishWordShare(sample) >= ENGLISH_WORDS) {
            return new Verdict("en", null); // "Two Ukraine soldiers die in clashes in separatist east" is not German
        }
        return new Verdict(best.getIsoCode639_1().toString().toLowerCase(Locale.ROOT),
                "not English (detected: " + name(best) + ")");
    }

    /**
     * Words that are English and no word of the other candidates' Latin-script languages: in a headline or a
     * two-line note, mostly names of places and people, they tell English where the trigrams cannot.
     */
    private static final Set<String> ENGLISH_ONLY = Set.of("the", "of", "and", "was", "were", "has", "have", "been",
            "with", "from", "for", "by", "killed", "said", "says", "after", "their", "which", "who", "that", "this",
            "are", "at", "on", "near", "during", "when", "while", "people", "soldiers", "police", "forces",
            "attack", "attacks", "wounded", "injured", "dead", "died", "clashed", "reported", "shot", "fatalities");
    static final int LONG = 1000;
    static final double ENGLISH_WORDS = 0.2;

    /** The share of the words of {@code text} that are in {@link #ENGLISH_ONLY}. */
    static double englishWordShare(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int n = 0;
        int english = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                n++;
                english += ENGLISH_ONLY.contains(w) ? 1 : 0;
            }
        }
        return n == 0 ? 0 : (double) english / n;
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
