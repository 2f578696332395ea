package io.claimwatch.extract;

/**
 * The front door of extraction: {@code Claimwatch.extractor().extract(article)}. CoreNLP's models load on
 * first use and are shared by every extractor of the process.
 */
public final class Claimwatch {
    private static volatile Extractor gated;
    private static volatile Extractor ungated;
    private static volatile PlaceFinder places;

    private Claimwatch() {
    }

    /** The extractor with the cheap sentence gate on (the default everywhere). */
    public static Extractor extractor() {
        return extractor(true);
    }

    /** {@code gate = false} parses every sentence: slower, for measuring what the gate costs in accuracy. */
    public static synchronized Extractor extractor(boolean gate) {
        if (gate) {
            if (gated == null) {
                gated = new ClaimExtractor(true);
            }
            return gated;
        }
        if (ungated == null) {
            ungated = new ClaimExtractor(false);
        }
        return ungated;
    }

    /** Every toponym of an article with its resolution: {@code Claimwatch.places().find(article)}. */
    public static synchronized PlaceFinder places() {
        if (places == null) {
            places = new PlaceFinder();
        }
        return places;
    }

    /** Milliseconds CoreNLP took to load its models in this process (loads them if needed). */
    public static long modelLoadMillis() {
        return NlpPipelines.get().loadMillis();
    }
}
